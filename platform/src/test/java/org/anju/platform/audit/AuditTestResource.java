package org.anju.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.platform.security.Roles;

import java.util.UUID;

/** Test-only records whose changes the audit trail must record. */
@Path("/api/test/audited")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed(Roles.WRITE)
public class AuditTestResource {

    @Entity
    @Table(name = "test_audited_things")
    public static class Thing {
        @Id
        UUID id;
        String county;
        long version;
        String name;
        String phone;
    }

    @Entity
    @Table(name = "test_audited_parts")
    public static class Part {
        @Id
        UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "thing_id")
        Thing thing;
        String label;
    }

    @Entity
    @NotAudited
    @Table(name = "test_unaudited_notes")
    public static class Note {
        @Id
        UUID id;
        String text;
    }

    private final EntityManager entities;

    public AuditTestResource(EntityManager entities) {
        this.entities = entities;
    }

    @POST
    @Transactional
    public String create(@QueryParam("county") String county) {
        Thing thing = new Thing();
        thing.id = UUID.randomUUID();
        thing.county = county;
        thing.version = 1;
        thing.name = "王建国";
        thing.phone = "13800000000";
        entities.persist(thing);
        Part part = new Part();
        part.id = UUID.randomUUID();
        part.thing = thing;
        part.label = "a part";
        entities.persist(part);
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = "not audited";
        entities.persist(note);
        return thing.id + "/" + part.id;
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public String rename(@PathParam("id") UUID id, @QueryParam("part") UUID partId) {
        Thing thing = entities.find(Thing.class, id);
        thing.name = "王建军";
        thing.version++;
        entities.find(Part.class, partId).label = "another part";
        return "renamed";
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public String delete(@PathParam("id") UUID id, @QueryParam("part") UUID partId) {
        entities.remove(entities.find(Part.class, partId));
        entities.remove(entities.find(Thing.class, id));
        return "deleted";
    }
}
