package org.castpb.soap.internal.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.soap.internal.InstantAdapter;

/** An evaluation module or funding scheme as the platform sees it; {@code region} is empty for national, no {@code kind} for a scheme. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "moduleInfo", propOrder = {"id", "name", "version", "region", "kinds", "bundle", "state", "since"})
public class ModuleInfoXml {
    public String id;
    public String name;
    public String version;
    public String region;
    @XmlElement(name = "kind")
    public List<EvaluationKind> kinds = new ArrayList<>();
    public String bundle;
    public ModuleState state;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant since;

    static ModuleInfoXml of(ModuleInfo m) {
        ModuleInfoXml x = new ModuleInfoXml();
        x.id = m.id();
        x.name = m.name();
        x.version = m.version();
        x.region = m.region();
        x.kinds.addAll(m.kinds());
        x.bundle = m.bundle();
        x.state = m.state();
        x.since = m.since();
        return x;
    }

    static List<ModuleInfoXml> of(List<ModuleInfo> modules) {
        return modules.stream().map(ModuleInfoXml::of).toList();
    }

    ModuleInfo toInfo() {
        // an empty element reads back as "", a left-out one as null: both mean national
        return new ModuleInfo(id, name, version, region == null ? "" : region, kinds, bundle, state, since);
    }
}
