/** The federation port's XML types, in castpb's SOAP federation namespace. */
@XmlSchema(namespace = FederationPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.federation;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
