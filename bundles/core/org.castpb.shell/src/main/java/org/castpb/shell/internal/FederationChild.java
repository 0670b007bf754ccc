package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.federation.ChildRegistration;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.InstanceLevel;

@Service
@Command(scope = "federation", name = "child", description = "At a parent instance: lists the registered child instances, registers one "
        + "(--level, --region, --name) so that its reports are accepted, or removes one (--remove); reports from an instance "
        + "not registered here are refused")
public class FederationChild extends CastpbCommand {

    @Reference
    FederationService federation;

    @Argument(index = 0, name = "instanceId", description = "the child's instance id, as in its etc/org.castpb.instance.cfg")
    String instanceId;

    @Option(name = "--level", description = "PROVINCIAL or MUNICIPAL")
    InstanceLevel level;

    @Option(name = "--region", description = "the child's region code (GB/T 2260, six digits), e.g. 330000")
    String region;

    @Option(name = "--name", description = "the child's name, e.g. 浙江省科协")
    String name;

    @Option(name = "--remove", description = "remove the child's registration (its reports stay)")
    boolean remove;

    @Override
    protected Object run() {
        if (instanceId == null) {
            ConsoleTable table = new ConsoleTable("Instance", "Name", "Level", "Region", "Registered", "By")
                    .emptyText("no child instance is registered here: federation:child ID --level --region --name registers one");
            for (ChildRegistration r : federation.registeredChildren(ShellActors.current())) {
                table.addRow(r.instanceId(), r.displayName(), r.level(), r.regionCode(), Texts.time(r.registeredAt()), r.registeredBy());
            }
            table.print(System.out);
            return null;
        }
        if (remove) {
            federation.removeChild(ShellActors.current(), instanceId);
            System.out.println("Child instance " + instanceId + " removed: its further reports are refused");
            return null;
        }
        ChildRegistration r = federation.registerChild(ShellActors.current(), instanceId, level, region, name);
        System.out.println("Child instance " + r.instanceId() + " (" + r.displayName() + ", " + r.level() + ", " + r.regionCode()
                + ") registered: its reports are accepted");
        return null;
    }
}
