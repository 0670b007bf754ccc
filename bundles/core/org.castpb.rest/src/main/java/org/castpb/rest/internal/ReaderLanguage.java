package org.castpb.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.castpb.api.CastpbException;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.text.Languages;

/**
 * Answers in the reader's language: the one its {@code Accept-Language} prefers among those castpb keeps, else the
 * site's default ({@code defaultLanguage} of configuration {@code org.castpb.rest}). Every answer names it in
 * {@code Content-Language}; a problem document is put in it here, whichever part of the door refused, and so are
 * evaluation evidence and funding explanations.
 */
public class ReaderLanguage implements ContainerResponseFilter {

    /** Where the door keeps the service's refusal a problem reports, for its arguments. */
    static final String CAUSE = ReaderLanguage.class.getName() + ".cause";

    private volatile Locale defaultLanguage;

    ReaderLanguage(Locale defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    void setDefaultLanguage(Locale language) {
        this.defaultLanguage = language;
    }

    Locale defaultLanguage() {
        return defaultLanguage;
    }

    /** The language to answer {@code acceptLanguage} in. */
    Locale choose(String acceptLanguage) {
        return Languages.choose(acceptLanguage, defaultLanguage);
    }

    /** Keeps {@code cause} with the exchange being answered, so its problem can be rendered from its arguments. */
    static void remember(CastpbException cause) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message != null && message.getExchange() != null) {
            message.getExchange().put(CAUSE, cause);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Locale language = choose(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        Object entity = response.getEntity();
        if (entity instanceof Problem problem) {
            response.setEntity(ProblemTexts.localise(problem, cause(request), language));
        } else {
            Object readable = readable(entity, language);
            if (readable != entity) {
                response.setEntity(readable);
            }
        }
    }

    /**
     * An answer as a reader of {@code language} reads it: evaluation results with their findings' titles and evidence
     * and allocations with their awards' explanations in that language, where the plugin gave it (alone, in a page or
     * in a list); {@code entity} itself when nothing in it reads otherwise.
     */
    static Object readable(Object entity, Locale language) {
        if (entity instanceof SocietyEvaluation e) {
            return e.in(language);
        }
        if (entity instanceof Allocation a) {
            return a.in(language);
        }
        if (entity instanceof Page<?> page && !page.items().isEmpty() && isReadable(page.items().get(0))) {
            return new Page<>(page.items().stream().map(i -> readable(i, language)).toList(), page.total(), page.offset(),
                    page.limit());
        }
        if (entity instanceof List<?> list && !list.isEmpty() && isReadable(list.get(0))) {
            return list.stream().map(i -> readable(i, language)).toList();
        }
        return entity;
    }

    private static boolean isReadable(Object item) {
        return item instanceof SocietyEvaluation || item instanceof Allocation;
    }

    private static CastpbException cause(ContainerRequestContext request) {
        if (request.getProperty(CAUSE) instanceof CastpbException e) {
            return e;
        }
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Exchange exchange = message == null ? null : message.getExchange();
        return exchange != null && exchange.get(CAUSE) instanceof CastpbException e ? e : null;
    }
}
