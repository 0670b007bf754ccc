package org.castpb.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The REST door's settings (pid {@code org.castpb.rest}). */
@ObjectClassDefinition(name = "castpb REST door", description = "How the REST API answers")
public @interface RestConfig {

    String PID = "org.castpb.rest";

    @AttributeDefinition(name = "Default language",
            description = "The language of problem details, evaluation evidence and funding explanations for a request "
                    + "whose Accept-Language names neither Chinese nor English",
            options = {@Option(value = "zh", label = "中文 (Chinese)"), @Option(value = "en", label = "English")})
    String defaultLanguage() default "zh";
}
