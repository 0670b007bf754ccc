package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationModule;
import org.castpb.spi.FundingScheme;
import org.junit.Test;

public class PluginRegistryTest {

    private final PluginRegistry registry = new PluginRegistry(Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC));
    private final EvaluationModule module = c -> Evaluation.of(Grade.QUALIFIED, List.of(Finding.met("A", "a", 1, "e")));
    private long serviceIds = 100;

    private boolean add(String id, String region, Object kinds) {
        Map<String, Object> p = new HashMap<>();
        if (id != null) {
            p.put(EvaluationModule.MODULE_ID, id);
        }
        if (region != null) {
            p.put(EvaluationModule.REGION, region);
        }
        if (kinds != null) {
            p.put(EvaluationModule.KINDS, kinds);
        }
        return registry.addModule(module, serviceIds++, p, null);
    }

    private List<String> applicable(EvaluationKind kind, String regionCode) {
        return registry.applicable(kind, regionCode).stream().map(Plugin::id).toList();
    }

    @Test
    public void nationalModulesApplyEverywhereAndARegionsModulesOnlyToItsSocieties() {
        add("cast.national", "", new String[] {"ANNUAL_INSPECTION", "ASSESSMENT", "COMPREHENSIVE"});
        add("zhejiang.local", "330000", new String[] {"ASSESSMENT", "COMPREHENSIVE"});
        add("hangzhou.local", "3301", "ASSESSMENT");
        assertEquals(List.of("cast.national", "zhejiang.local", "hangzhou.local"), applicable(EvaluationKind.ASSESSMENT, "330106"));
        assertEquals(List.of("cast.national", "zhejiang.local"), applicable(EvaluationKind.ASSESSMENT, "330200"));
        assertEquals(List.of("cast.national"), applicable(EvaluationKind.ASSESSMENT, "110000"));
        assertEquals(List.of("cast.national"), applicable(EvaluationKind.ANNUAL_INSPECTION, "330106"));
    }

    @Test
    public void kindsMayBeACommaSeparatedStringAnArrayOrACollection() {
        assertEquals(List.of(EvaluationKind.ASSESSMENT, EvaluationKind.COMPREHENSIVE), PluginRegistry.kinds("ASSESSMENT, COMPREHENSIVE"));
        assertEquals(List.of(EvaluationKind.ANNUAL_INSPECTION), PluginRegistry.kinds(new String[] {"ANNUAL_INSPECTION"}));
        assertEquals(List.of(EvaluationKind.COMPREHENSIVE), PluginRegistry.kinds(List.of("COMPREHENSIVE")));
    }

    @Test
    public void aModuleWithoutIdOrKindsOrWithABadRegionOrKindIsRefused() {
        assertFalse(add(null, "", "ASSESSMENT"));
        assertFalse(add("x", "", null));
        assertFalse(add("x", "zhejiang", "ASSESSMENT"));
        assertFalse(add("x", "", "INSPECTION"));
        assertTrue(registry.moduleInfos().isEmpty());
    }

    @Test
    public void aSecondModuleWithTheSameIdIsIgnoredWhileTheFirstIsBound() {
        assertTrue(add("cast.national", "", "ASSESSMENT"));
        assertFalse(add("cast.national", "33", "ASSESSMENT"));
        assertEquals(1, registry.moduleInfos().size());
        assertEquals("", registry.moduleInfos().get(0).region());
    }

    @Test
    public void aRemovedModuleIsListedAsRemovedAndNoLongerApplies() {
        add("cast.national", "", "ASSESSMENT");
        add("zhejiang.local", "33", "ASSESSMENT");
        registry.removeById(101L);
        assertEquals(List.of("cast.national"), applicable(EvaluationKind.ASSESSMENT, "330106"));
        List<ModuleInfo> infos = registry.moduleInfos();
        assertEquals(2, infos.size());
        assertEquals(ModuleState.ACTIVE, infos.get(0).state());
        assertEquals("zhejiang.local", infos.get(1).id());
        assertEquals(ModuleState.REMOVED, infos.get(1).state());
        // installed again: active again, listed once
        add("zhejiang.local", "33", "ASSESSMENT");
        assertEquals(List.of(ModuleState.ACTIVE, ModuleState.ACTIVE), registry.moduleInfos().stream().map(ModuleInfo::state).toList());
    }

    @Test
    public void schemesAreFoundById() {
        FundingScheme scheme = c -> List.of();
        Map<String, Object> p = Map.of(FundingScheme.SCHEME_ID, "cast.award", FundingScheme.SCHEME_NAME, "CAST award");
        assertTrue(registry.addScheme(scheme, 7L, p, null));
        assertTrue(registry.scheme("cast.award").isPresent());
        assertFalse(registry.scheme("other").isPresent());
        assertEquals("CAST award", registry.schemeInfos().get(0).name());
    }
}
