package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.account.Account;
import org.castpb.api.account.AccountDraft;
import org.castpb.api.account.AccountService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/accounts}: castpb accounts (role and scope per realm user), managed within the caller's scope. */
@Component(service = AccountResource.class)
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    /** An account as served: its scope spelt out, never a password (castpb holds none). */
    public record AccountView(String userName, String role, boolean allSocieties, String regionPrefix, Set<Long> societyIds,
                              boolean disabled, long version, Instant createdAt, String createdBy, Instant updatedAt,
                              String updatedBy) {
        static AccountView of(Account a) {
            return new AccountView(a.userName(), a.role(), a.scope().all(), a.scope().regionPrefix(), a.scope().societyIds(),
                    a.disabled(), a.version(), a.createdAt(), a.createdBy(), a.updatedAt(), a.updatedBy());
        }
    }

    /** The body of a password change. */
    public record PasswordBody(String password) {
        @Override
        public String toString() {
            return "PasswordBody[***]";
        }
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "The accounts with their role and scope")
    public List<AccountView> list(@Context SecurityContext security) {
        return accounts.list(Actors.of(security)).stream().map(AccountView::of).toList();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getAccount", summary = "One account with its role and scope")
    @Answers(value = 200, body = AccountView.class)
    public Response get(@PathParam("name") String name, @Context SecurityContext security) {
        return view(accounts.get(Actors.of(security), name)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account for a realm user")
    @Answers(value = 201, body = AccountView.class)
    public Response create(AccountDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Account created = accounts.create(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(created.userName()).build();
        return view(created).status(201).location(location).build();
    }

    /** Changes role and scope; {@code If-Match} names the version read. */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAccount", summary = "Change an account's role and scope")
    @Answers(value = 200, body = AccountView.class)
    public Response change(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AccountDraft draft,
                           @Context SecurityContext security) {
        return view(accounts.change(Actors.of(security), name, Preconditions.versionOf(ifMatch), draft)).build();
    }

    @POST
    @Path("{name}/disable")
    @Operation(operationId = "disableAccount", summary = "Disable an account")
    @Answers(value = 200, body = AccountView.class)
    public Response disable(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Context SecurityContext security) {
        return view(accounts.setDisabled(Actors.of(security), name, Preconditions.versionOf(ifMatch), true)).build();
    }

    @POST
    @Path("{name}/enable")
    @Operation(operationId = "enableAccount", summary = "Enable a disabled account")
    @Answers(value = 200, body = AccountView.class)
    public Response enable(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context SecurityContext security) {
        return view(accounts.setDisabled(Actors.of(security), name, Preconditions.versionOf(ifMatch), false)).build();
    }

    /** Sets or resets the password in the realm; answers 204. */
    @PUT
    @Path("{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAccountPassword", summary = "Set an account's password")
    @Answers(value = 204)
    public Response password(@PathParam("name") String name, PasswordBody body, @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException(new FieldError("password", "REQUIRED", "password is required"));
        }
        accounts.setPassword(Actors.of(security), name, body.password());
        return Response.noContent().build();
    }

    @GET
    @Path("{name}/history")
    @Operation(operationId = "listAccountHistory", summary = "Who created and changed an account, and when")
    public List<AuditEntry> history(@PathParam("name") String name, @Context SecurityContext security) {
        return accounts.history(Actors.of(security), name);
    }

    private static Response.ResponseBuilder view(Account account) {
        return Response.ok(AccountView.of(account)).tag(new EntityTag(Long.toString(account.version())));
    }
}
