package org.castpb.security.internal;

import static org.junit.Assert.assertEquals;

import java.util.Dictionary;
import java.util.Hashtable;
import org.junit.Test;

public class LoopbackOnlyTest {

    @Test
    public void httpAndSshGetLoopbackAndNothingElseChanges() {
        Dictionary<String, Object> http = properties("org.ops4j.pax.web", "org.ops4j.pax.web.listening.addresses", "0.0.0.0");
        Dictionary<String, Object> ssh = properties("org.apache.karaf.shell", "sshHost", "0.0.0.0");
        Dictionary<String, Object> other = properties("org.castpb.evaluation", "sshHost", "0.0.0.0");
        LoopbackOnly plugin = new LoopbackOnly();
        plugin.modifyConfiguration(null, http);
        plugin.modifyConfiguration(null, ssh);
        plugin.modifyConfiguration(null, other);
        assertEquals("127.0.0.1", http.get("org.ops4j.pax.web.listening.addresses"));
        assertEquals("8181", http.get("org.osgi.service.http.port"));
        assertEquals("127.0.0.1", ssh.get("sshHost"));
        assertEquals("0.0.0.0", other.get("sshHost"));
    }

    private static Dictionary<String, Object> properties(String pid, String key, String value) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("service.pid", pid);
        properties.put(key, value);
        properties.put("org.osgi.service.http.port", "8181");
        return properties;
    }
}
