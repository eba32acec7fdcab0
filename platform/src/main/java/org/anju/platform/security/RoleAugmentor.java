package org.anju.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;

/** Adds the {@link Roles} permissions each token role implies, and strips any a token tried to bring itself. */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = new HashSet<>();
        for (String role : identity.getRoles()) {
            if (!role.startsWith(Roles.DERIVED_PREFIX)) {
                roles.add(role);
            }
        }
        if (hasAny(roles, Roles.CITY_ADMIN, Roles.COUNTY_OFFICER, Roles.PARTNER, Roles.AUDITOR)) {
            roles.add(Roles.READ);
        }
        if (hasAny(roles, Roles.CITY_ADMIN, Roles.COUNTY_OFFICER)) {
            roles.add(Roles.WRITE);
        }
        if (hasAny(roles, Roles.CITY_ADMIN, Roles.AUDITOR)) {
            roles.add(Roles.AUDIT);
        }
        if (hasAny(roles, Roles.CITY_ADMIN, Roles.OPS)) {
            roles.add(Roles.OPERATE);
        }
        // a fresh identity: the builder that copies one cannot take roles away
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .build());
    }

    private static boolean hasAny(Set<String> roles, String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
