/** The appraisal and major-matter ports' XML types, in castpb's SOAP organisational-life namespace. */
@XmlSchema(namespace = AppraisalPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.orglife;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
