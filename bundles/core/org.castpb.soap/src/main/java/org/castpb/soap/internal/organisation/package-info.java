/** The organisation port's XML types, in castpb's SOAP organisation namespace. */
@XmlSchema(namespace = OrganisationPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.organisation;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
