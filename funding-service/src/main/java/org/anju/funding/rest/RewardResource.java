package org.anju.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.funding.domain.RewardStatus;
import org.anju.funding.service.ApproveReward;
import org.anju.funding.service.RewardRuleView;
import org.anju.funding.service.RewardService;
import org.anju.funding.service.RewardView;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rewards", description = "Rewards the configured rules propose when households-service reports a village demolished; paid once approved")
public class RewardResource {

    private final RewardService rewards;

    public RewardResource(RewardService rewards) {
        this.rewards = rewards;
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listRewards", summary = "Rewards in the order they were proposed, filtered by status and county, in pages")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RewardPage.class),
                    examples = @ExampleObject(name = "page", value = EntryExamples.REWARD_PAGE)))
    public Page<RewardView> list(@QueryParam("status") RewardStatus status, @QueryParam("county") CountyCode county,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                                 @QueryParam("cursor") String cursor) {
        return rewards.list(status, county, cursor, limit);
    }

    @GET
    @Path("/rules")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listRewardRules", summary = "The configured reward rules (anju.rewards.rules.*)")
    @APIResponse(responseCode = "200", description = "Every rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RewardRuleView.class),
                    examples = @ExampleObject(name = "rules", value = EntryExamples.RULES)))
    public List<RewardRuleView> rules() {
        return rewards.rules();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getReward", summary = "One reward (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The reward",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RewardView.class),
                    examples = @ExampleObject(name = "approved", value = EntryExamples.REWARD)))
    public Response get(@PathParam("id") UUID id) {
        RewardView reward = rewards.get(id);
        return ETags.ok(reward, reward.version());
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "approveReward", summary = "Approve and pay a proposed reward from the county's balance; emits FundsSpent and RewardApproved")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "paid on", value = "{\"paidOn\": \"2019-05-06\"}")))
    @APIResponse(responseCode = "200", description = "The approved reward (ETag: its version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RewardView.class),
                    examples = @ExampleObject(name = "approved", value = EntryExamples.REWARD)))
    @APIResponse(responseCode = "409", description = "Already paid (reward-paid-once), or the county's balance cannot cover it (no-overdraw)")
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ApproveReward command) {
        RewardView approved = rewards.approve(id, ifMatch, command);
        return ETags.ok(approved, approved.version());
    }
}
