/** The account port's XML types, in castpb's SOAP account namespace. */
@XmlSchema(namespace = AccountPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.account;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
