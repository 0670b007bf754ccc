/** The evaluation port's XML types, in castpb's SOAP evaluation namespace. */
@XmlSchema(namespace = EvaluationPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.evaluation;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
