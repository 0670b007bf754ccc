package org.castpb.security.internal;

import java.util.Dictionary;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * Hands the HTTP server and the ssh console a loopback address instead of the configured one, without
 * changing what is stored: etc/ keeps the site's address, which applies again once this plugin is gone.
 */
final class LoopbackOnly implements ConfigurationPlugin {

    static final String HTTP_PID = "org.ops4j.pax.web";
    static final String HTTP_ADDRESSES = "org.ops4j.pax.web.listening.addresses";
    static final String SSH_PID = "org.apache.karaf.shell";
    static final String SSH_HOST = "sshHost";
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void modifyConfiguration(ServiceReference<?> target, Dictionary<String, Object> properties) {
        Object pid = properties.get("service.pid");
        if (HTTP_PID.equals(pid)) {
            properties.put(HTTP_ADDRESSES, LOOPBACK);
        } else if (SSH_PID.equals(pid)) {
            properties.put(SSH_HOST, LOOPBACK);
        }
    }
}
