/** The worker port's XML types, in castpb's SOAP workers namespace. */
@XmlSchema(namespace = WorkerPort.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package org.castpb.soap.internal.workers;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
