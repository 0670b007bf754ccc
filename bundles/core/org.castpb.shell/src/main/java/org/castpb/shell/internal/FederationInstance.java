package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.InstanceIdentity;

@Service
@Command(scope = "federation", name = "instance", description = "Shows who this instance is and where it reports (etc/org.castpb.instance.cfg)")
public class FederationInstance extends CastpbCommand {

    @Reference
    FederationService federation;

    @Override
    protected Object run() {
        InstanceIdentity i = federation.instance();
        System.out.println("Instance:  " + i.instanceId() + " (" + i.displayName() + ")");
        System.out.println("Level:     " + i.level() + ", region " + i.regionCode());
        System.out.println("Reports to: " + (i.reportsUpward() ? i.parentUrl() + " as " + i.reportingAccount() : "no parent"));
        return null;
    }
}
