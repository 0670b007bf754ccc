package org.castpb.rest.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.List;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;
import org.castpb.api.SocietyDraft;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.text.Languages;
import org.castpb.security.LoginGuard;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the REST resources at {@code /api/v1} on the CXF servlet while their services are there. */
@Component(immediate = true, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
public class RestServer {

    static final String ADDRESS = "/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final Server server;
    private final ReaderLanguage language;

    @Activate
    public RestServer(@Reference SocietyResource societies, @Reference LedgerResource ledger,
                      @Reference LedgerListResource ledgers, @Reference TransferResource transfers,
                      @Reference PartyOrganisationResource organisations, @Reference EstablishmentRequestResource requests,
                      @Reference LiaisonResource liaisons, @Reference CoverageResource coverage,
                      @Reference RectificationResource rectifications, @Reference AdmissionResource admissions,
                      @Reference EvaluationPluginResource evaluationPlugins, @Reference CampaignResource campaigns,
                      @Reference CampaignAllocationResource campaignAllocations, @Reference AllocationResource allocations,
                      @Reference SocietyEvaluationResource societyEvaluations, @Reference DemoResource demo,
                      @Reference LoginGuard guard, @Reference AccountResource accounts,
                      @Reference AccessLogResource accessLog, @Reference ActorFilter actors,
                      @Reference ConsoleSessions consoleSessions, @Reference InstanceResource instance,
                      @Reference FederationResource federation,
                      @Reference MemberResource members, @Reference MemberTransferResource memberTransfers,
                      @Reference WorkReportResource workReports, @Reference WorkerResource workers,
                      @Reference SocietyCommendationResource commendations, @Reference PipelineResource pipeline,
                      @Reference BudgetResource budgets, @Reference LifeResource life, @Reference AppraisalResource appraisals,
                      @Reference MatterResource matters, @Reference SocietyWorkReportResource societyReports,
                      @Reference SocietyBudgetResource societyBudgets, @Reference JobResource jobs, RestConfig config) {
        language = new ReaderLanguage(Languages.of(config.defaultLanguage()));
        List<Object> resources = List.of(societies, ledger, ledgers, transfers, organisations, requests, liaisons, coverage,
                rectifications, admissions, evaluationPlugins, campaigns, campaignAllocations, allocations, societyEvaluations,
                demo, accounts, accessLog, instance, federation, members, memberTransfers, workReports, workers, commendations, pipeline,
                budgets, life, appraisals, matters, societyReports, societyBudgets, jobs);
        JAXRSServerFactoryBean bean = factory(resources, guard, actors, consoleSessions, language);
        Server created;
        try {
            bean.setFeatures(List.of(OpenApiDocs.feature(apiVersion())));
            created = bean.create();
        } catch (RuntimeException | LinkageError e) {
            // the API matters more than its description: publish it without the document rather than not at all
            LOG.error("castpb REST API: the OpenAPI document could not be set up, publishing without it", e);
            if (bean.getServer() != null) {
                bean.getServer().destroy();
            }
            created = factory(resources, guard, actors, consoleSessions, language).create();
        }
        server = created;
        LOG.info("castpb REST API published at {}", ADDRESS);
    }

    private static JAXRSServerFactoryBean factory(List<Object> resources, LoginGuard guard, ActorFilter actors,
                                                  ConsoleSessions consoleSessions, ReaderLanguage language) {
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setAddress(ADDRESS);
        bean.setServiceBeans(resources);
        bean.setProviders(List.of(new JacksonJsonProvider(objectMapper()), new ProblemMapper(), new BasicAuthFilter(guard, consoleSessions),
                actors, new SecurityHeaders(), language, noWadl()));
        return bean;
    }

    /**
     * CXF answers {@code ?_wadl} on every path, before authentication, with a description of every resource. The
     * OpenAPI document is the one public description: a generator of castpb's own takes CXF's place and answers nothing.
     */
    static WadlGenerator noWadl() {
        WadlGenerator wadl = new WadlGenerator();
        wadl.setIgnoreRequests(true);
        return wadl;
    }

    private static String apiVersion() {
        Bundle bundle = FrameworkUtil.getBundle(RestServer.class);
        return bundle == null ? "1" : bundle.getVersion().toString();
    }

    /** A new default language takes effect at the next answer, without taking the API down. */
    @Modified
    void modified(RestConfig config) {
        language.setDefaultLanguage(Languages.of(config.defaultLanguage()));
        LOG.info("castpb REST API answers in {} by default", language.defaultLanguage());
    }

    @Deactivate
    public void deactivate() {
        server.destroy();
    }

    /**
     * Strict JSON: a value is read only as the type it is written in. Jackson by default takes {@code 123} as the
     * text "123", {@code 2} as true, {@code "12"} as 12 and a bare number as a day count for a date; a client that
     * sends those has a bug castpb should name, not hide.
     */
    static ObjectMapper objectMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("castpb-dates").addDeserializer(java.time.LocalDate.class, new IsoDateJson()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultLeniency(false)
                .addMixIn(SocietyDraft.class, SocietyDraftJson.class)
                .addMixIn(PartyOrganisationDraft.class, PartyOrganisationDraftJson.class)
                .addMixIn(LiaisonDraft.class, LiaisonDraftJson.class)
                .addMixIn(MemberDraft.class, MemberDraftJson.class)
                .addMixIn(WorkerDraft.class, WorkerDraftJson.class)
                .addMixIn(org.castpb.api.Page.class, PageJson.class)
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String}) {
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
