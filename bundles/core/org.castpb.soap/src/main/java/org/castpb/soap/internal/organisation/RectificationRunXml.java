package org.castpb.soap.internal.organisation;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** What opening rectification tasks did: the tasks opened, and the open ones closed because their society is covered now. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "rectificationRun", propOrder = {"opened", "closedAsCovered"})
public class RectificationRunXml {
    public int opened;
    public int closedAsCovered;

    static RectificationRunXml of(int opened, int closedAsCovered) {
        RectificationRunXml x = new RectificationRunXml();
        x.opened = opened;
        x.closedAsCovered = closedAsCovered;
        return x;
    }
}
