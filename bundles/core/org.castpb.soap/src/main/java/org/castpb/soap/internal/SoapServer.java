package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.logging.FaultListener;
import org.castpb.soap.internal.account.AccountEndpoint;
import org.castpb.soap.internal.account.AccountPort;
import org.castpb.soap.internal.evaluation.EvaluationEndpoint;
import org.castpb.soap.internal.evaluation.EvaluationPort;
import org.castpb.soap.internal.federation.FederationEndpoint;
import org.castpb.soap.internal.federation.FederationPort;
import org.castpb.soap.internal.life.LifeEndpoint;
import org.castpb.soap.internal.life.LifePort;
import org.castpb.soap.internal.members.MemberEndpoint;
import org.castpb.soap.internal.members.MemberPort;
import org.castpb.soap.internal.members.PipelineEndpoint;
import org.castpb.soap.internal.orglife.AppraisalEndpoint;
import org.castpb.soap.internal.orglife.AppraisalPort;
import org.castpb.soap.internal.orglife.MajorMatterEndpoint;
import org.castpb.soap.internal.organisation.OrganisationEndpoint;
import org.castpb.soap.internal.reports.ReportEndpoint;
import org.castpb.soap.internal.reports.ReportPort;
import org.castpb.soap.internal.workers.WorkerEndpoint;
import org.castpb.soap.internal.workers.WorkerPort;
import org.castpb.security.LoginGuard;
import org.castpb.soap.internal.organisation.OrganisationPort;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.ActorResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.castpb.api.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the SOAP services at {@code /api/soap/...} while their services are there. */
@Component(immediate = true, configurationPid = SoapServer.LANGUAGE_PID)
public class SoapServer {

    /** The REST door's configuration, whose default language the SOAP door's faults follow too. */
    static final String LANGUAGE_PID = "org.castpb.rest";

    /** The part of {@link #LANGUAGE_PID} the SOAP door reads (its metatype is the REST door's). */
    public @interface Language {
        String defaultLanguage() default "zh";
    }


    static final String ADDRESS = "/soap/SocietyService";
    static final String ORGANISATION_ADDRESS = "/soap/OrganisationService";
    static final String EVALUATION_ADDRESS = "/soap/EvaluationService";
    static final String MEMBER_ADDRESS = "/soap/MemberService";
    static final String PIPELINE_ADDRESS = "/soap/PipelineService";
    static final String LIFE_ADDRESS = "/soap/LifeService";
    static final String ACCOUNT_ADDRESS = "/soap/AccountService";
    static final String REPORT_ADDRESS = "/soap/ReportService";
    static final String WORKER_ADDRESS = "/soap/WorkerService";
    static final String APPRAISAL_ADDRESS = "/soap/AppraisalService";
    static final String MATTER_ADDRESS = "/soap/MajorMatterService";
    static final String FEDERATION_ADDRESS = "/soap/FederationService";
    private static final Logger LOG = LoggerFactory.getLogger(SoapServer.class);

    /** In the order published; all or none are up. */
    private final List<Server> servers = new ArrayList<>();
    private final ActorInterceptor actors;
    private final ActorInterceptor.RefusalLogger refusals;

    @Activate
    public SoapServer(@Reference SocietyEndpoint societies, @Reference OrganisationEndpoint organisations,
                      @Reference EvaluationEndpoint evaluations, @Reference AccountEndpoint accounts, @Reference LoginGuard guard,
                      @Reference ActorResolver resolver, @Reference AccessLog accessLog, @Reference MemberEndpoint members,
                      @Reference ReportEndpoint reports, @Reference WorkerEndpoint workers,
                      @Reference PipelineEndpoint pipeline, @Reference LifeEndpoint life, @Reference AppraisalEndpoint appraisals,
                      @Reference MajorMatterEndpoint matters, @Reference FederationEndpoint federation, Language language) {
        Faults.setDefaultLanguage(Languages.of(language.defaultLanguage()));
        this.actors = new ActorInterceptor(resolver, accessLog);
        this.refusals = new ActorInterceptor.RefusalLogger(accessLog);
        try {
            servers.add(publish(SocietyEndpoint.class, societies, SocietyPort.NS, "SocietyService", "SocietyPort", ADDRESS, guard));
            servers.add(publish(OrganisationEndpoint.class, organisations, OrganisationPort.NS, "OrganisationService",
                    "OrganisationPort", ORGANISATION_ADDRESS, guard));
            servers.add(publish(EvaluationEndpoint.class, evaluations, EvaluationPort.NS, "EvaluationService", "EvaluationPort",
                    EVALUATION_ADDRESS, guard));
            servers.add(publish(MemberEndpoint.class, members, MemberPort.NS, "MemberService", "MemberPort", MEMBER_ADDRESS, guard));
            servers.add(publish(PipelineEndpoint.class, pipeline, MemberPort.NS, "PipelineService", "PipelinePort", PIPELINE_ADDRESS, guard));
            servers.add(publish(LifeEndpoint.class, life, LifePort.NS, "LifeService", "LifePort", LIFE_ADDRESS, guard));
            servers.add(publish(AppraisalEndpoint.class, appraisals, AppraisalPort.NS, "AppraisalService", "AppraisalPort",
                    APPRAISAL_ADDRESS, guard));
            servers.add(publish(MajorMatterEndpoint.class, matters, AppraisalPort.NS, "MajorMatterService", "MajorMatterPort",
                    MATTER_ADDRESS, guard));
            servers.add(publish(AccountEndpoint.class, accounts, AccountPort.NS, "AccountService", "AccountPort", ACCOUNT_ADDRESS, guard));
            servers.add(publish(ReportEndpoint.class, reports, ReportPort.NS, "ReportService", "ReportPort", REPORT_ADDRESS, guard));
            servers.add(publish(WorkerEndpoint.class, workers, WorkerPort.NS, "WorkerService", "WorkerPort", WORKER_ADDRESS, guard));
            servers.add(publish(FederationEndpoint.class, federation, FederationPort.NS, "FederationService", "FederationPort",
                    FEDERATION_ADDRESS, guard));
        } catch (RuntimeException e) {
            try {
                deactivate();
            } catch (RuntimeException stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
    }

    /** One service behind the same HTTP Basic login, with refusals marked as the caller's and malformed requests logged quietly. */
    private Server publish(Class<?> endpointClass, Object endpoint, String namespace, String serviceName, String portName,
                           String address, LoginGuard guard) {
        JaxWsServerFactoryBean bean = new JaxWsServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setServiceClass(endpointClass);
        bean.setServiceName(new QName(namespace, serviceName));
        bean.setEndpointName(new QName(namespace, portName));
        bean.setServiceBean(endpoint);
        bean.setAddress(address);
        bean.getInInterceptors().add(new BasicAuthInterceptor(namespace, guard));
        bean.getInInterceptors().add(actors);
        bean.getOutFaultInterceptors().add(new ClientFaultInterceptor());
        bean.getOutFaultInterceptors().add(refusals);
        bean.getOutFaultInterceptors().add(new UnreadableRequestInterceptor(namespace));
        bean.getOutInterceptors().add(new SecurityHeadersInterceptor());
        bean.getOutFaultInterceptors().add(new SecurityHeadersInterceptor());
        bean.setProperties(new HashMap<>(Map.of(FaultListener.class.getName(), new CallerFaultLogging())));
        Server created = bean.create();
        LOG.info("castpb SOAP service published at {}", address);
        return created;
    }

    @Modified
    void modified(Language language) {
        Faults.setDefaultLanguage(Languages.of(language.defaultLanguage()));
    }

    /** Takes every published service down, the last published first; one failing to stop does not keep the others up. */
    @Deactivate
    public void deactivate() {
        RuntimeException first = null;
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).destroy();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        servers.clear();
        if (first != null) {
            throw first;
        }
    }
}
