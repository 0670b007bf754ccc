/** The work-report port's XML types, in castpb's SOAP reports namespace. */
@XmlSchema(namespace = ReportPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.reports;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
