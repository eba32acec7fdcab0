package org.anju.governance.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.ActivityKind;
import org.anju.governance.domain.AwardKind;
import org.anju.governance.domain.BranchRole;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.domain.ManagementMode;
import org.anju.governance.domain.RequestCategory;
import org.anju.governance.domain.RequestChannel;
import org.anju.governance.domain.RuleKind;
import org.anju.governance.domain.StandardItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The request bodies of every command, validated at the edge (Bean Validation) and checked
 * against the domain rules in the service.
 */
public final class Commands {

    static final String COUNTY = "\\d{6}";
    static final String COUNTY_MESSAGE = "must be a 6-digit county code";

    private Commands() {
    }

    public record FoundBranch(@NotNull @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
                              @NotBlank @Size(max = 200) String name,
                              @NotNull ManagementMode managementMode,
                              @NotNull LocalDate foundedOn,
                              @NotEmpty Set<@NotNull UUID> siteIds,
                              @NotNull @Valid Secretary secretary) {
    }

    public record Secretary(@NotBlank @Size(max = 64) String officerId, @NotBlank @Size(max = 100) String name) {
    }

    public record AppointOfficer(@NotBlank @Size(max = 64) String officerId,
                                 @NotBlank @Size(max = 100) String name,
                                 @NotNull BranchRole role,
                                 @NotNull LocalDate appointedOn) {
    }

    public record RelieveOfficer(@NotNull LocalDate endedOn) {
    }

    public record FormGroup(@NotBlank @Size(max = 200) String name,
                            @Min(1) int memberCount,
                            @NotNull LocalDate formedOn) {
    }

    public record AdoptRule(@NotNull RuleKind kind,
                            @NotBlank @Size(max = 200) String title,
                            @Size(max = 500) String documentRef,
                            @NotNull LocalDate adoptedOn) {
    }

    /** Registers a facility as planned, or as already open when {@code openedOn} is given. */
    public record RegisterFacility(@NotNull @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
                                   @NotNull UUID siteId,
                                   @NotNull FacilityType type,
                                   @Size(max = 200) String name,
                                   @Min(1) Integer beds,
                                   LocalDate openedOn) {
    }

    public record OpenFacility(@NotNull LocalDate openedOn) {
    }

    public record CloseFacility(@NotNull LocalDate closedOn) {
    }

    public record AssessSiteStandard(@NotNull @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
                                     @NotEmpty @Size(max = 18) List<@NotNull @Valid AssessedItem> items) {
    }

    public record AssessedItem(@NotNull StandardItem item, boolean met, @NotNull LocalDate evidenceOn) {
    }

    /**
     * @param receivedAt when the resident raised it, for a request taken on paper or by phone and entered
     *                   later: the acceptance deadline runs from then; now when omitted, never in the future
     */
    public record SubmitRequest(@NotNull @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
                                @NotNull UUID siteId,
                                @NotNull UUID householdId,
                                @NotNull RequestCategory category,
                                @NotNull RequestChannel channel,
                                @NotBlank @Size(max = 2000) String summary,
                                Instant receivedAt) {
    }

    public record ResolveRequest(@NotBlank @Size(max = 2000) String resolution, boolean rectificationRequired) {
    }

    public record RectifyRequest(@NotBlank @Size(max = 2000) String rectification) {
    }

    public record RecordActivity(@NotNull @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
                                 @NotNull UUID siteId,
                                 @NotNull ActivityKind kind,
                                 @NotBlank @Size(max = 200) String title,
                                 @NotNull LocalDate heldOn,
                                 @Min(1) int sessions,
                                 @PositiveOrZero int participants) {
    }

    public record GrantAward(@NotNull @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
                             @NotNull UUID siteId,
                             @NotNull AwardKind kind,
                             @NotNull UUID householdId,
                             @Min(2000) @Max(2100) int year,
                             @NotNull LocalDate grantedOn,
                             UUID evaluationId) {
    }
}
