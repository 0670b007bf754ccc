/** The SOAP door's XML types, in castpb's SOAP namespace. */
@XmlSchema(namespace = SocietyPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
