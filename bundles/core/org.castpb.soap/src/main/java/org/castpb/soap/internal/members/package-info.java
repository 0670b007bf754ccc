/** The member port's XML types, in castpb's SOAP members namespace. */
@XmlSchema(namespace = MemberPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.members;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
