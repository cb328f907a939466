package com.propaganda.dashboard.api;

import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.imports.DateOrder;
import com.propaganda.dashboard.imports.DurationUnit;
import com.propaganda.dashboard.imports.ImportCheck;
import com.propaganda.dashboard.imports.ImportMapping;
import com.propaganda.dashboard.imports.ImportService;
import com.propaganda.dashboard.imports.UploadedFile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/v1/imports}: the Import page's pipeline for a file in the request body, columns
 * mapped by their headers. A dry run answers what the import would do; otherwise a file whose rows
 * all keep the rules is imported in the background and its state is read at its address.
 */
@Path("imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<String> OPTIONS =
      Set.of(
          "dry_run",
          "file_name",
          "date_order",
          "times",
          "durations",
          "create_loss_reasons",
          "keep_duplicates");

  @EJB private ImportService imports;

  @Context private UriInfo uri;

  @POST
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response start(InputStream body) {
    QueryFields query = new QueryFields(uri, OPTIONS);
    boolean dryRun = query.flag("dry_run");
    String fileName = query.text("file_name");
    DateOrder dates = query.code("date_order", DateOrder.class);
    String times = query.text("times");
    if (times != null && !Set.of("client", "utc").contains(times)) {
      query.wrong("times", "client or utc");
    }
    DurationUnit durations = query.code("durations", DurationUnit.class);
    boolean createLossReasons = query.flag("create_loss_reasons");
    boolean keepDuplicates = query.flag("keep_duplicates");
    query.check();
    UploadedFile file = imports.upload(fileName == null ? "api-upload" : fileName, body);
    ImportMapping mapping =
        new ImportMapping(
            ImportMapping.guess(file.headers()).columns(),
            dates == null ? DateOrder.ISO : dates,
            !"utc".equals(times),
            durations == null ? DurationUnit.SECONDS : durations,
            createLossReasons,
            keepDuplicates);
    ImportCheck check = imports.dryRun(file.id(), mapping);
    if (dryRun) {
      imports.forget(file.id());
      return Response.ok(ImportJson.check(check)).build();
    }
    if (!check.canCommit()) {
      imports.forget(file.id());
      return rowsRefused(check);
    }
    UUID started = imports.start(file, mapping, check.rows());
    return Response.accepted(ImportJson.summary(imports.summary(started)))
        .location(uri.getAbsolutePathBuilder().path(started.toString()).build())
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return Response.ok(ImportJson.summary(imports.summary(PathIds.of(id)))).build();
  }

  /** 422 with the dry run's findings: nothing is imported while a row breaks a rule. */
  private static Response rowsRefused(ImportCheck check) {
    String detail =
        check.errors() > 0
            ? check.errorRows() + " rows break a rule: nothing was imported"
            : "The file has no call to import";
    JsonObject problem = Problem.of(422, "Unprocessable Content", detail).toJson();
    return Response.status(422)
        .type(Problem.MEDIA_TYPE)
        .entity(ImportJson.withCheck(problem, check))
        .build();
  }
}
