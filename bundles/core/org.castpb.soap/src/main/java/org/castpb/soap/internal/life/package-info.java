/** The organisational-life port's XML types, in castpb's SOAP life namespace. */
@XmlSchema(namespace = LifePort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.life;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
