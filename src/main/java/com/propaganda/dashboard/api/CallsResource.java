package com.propaganda.dashboard.api;

import com.propaganda.dashboard.calls.CallCursor;
import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallFilterQuery;
import com.propaganda.dashboard.calls.CallRecord;
import com.propaganda.dashboard.calls.CallService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code /api/v1/calls}: the call list's filters, newest first, and a call's whole life. */
@Path("calls")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

  /** The list's filter, as its links name it, and the page. */
  private static final Set<String> PARAMETERS =
      Stream.concat(CallFilterQuery.NAMES.stream(), Stream.of("limit", "cursor"))
          .collect(Collectors.toSet());

  @EJB private CallService calls;

  @Context private UriInfo uri;

  @GET
  public Response list() {
    QueryFields query = new QueryFields(uri, PARAMETERS);
    CallFilterQuery.Read read = CallFilterQuery.read(query::text);
    read.refused().forEach(query::wrong);
    CallFilter filter = read.filter();
    int limit = query.limit();
    Cursor cursor = Cursor.from(query);
    query.check();
    CallCursor after = cursor == null ? null : new CallCursor(cursor.at(), cursor.id());
    return Response.ok(
            ApiJson.page(
                calls.records(filter, after, limit + 1),
                limit,
                CallJson::of,
                (CallRecord call) -> new Cursor(call.placedAt(), call.id())))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return Response.ok(CallJson.of(calls.record(PathIds.of(id)))).build();
  }

  @POST
  public Response create(InputStream body) {
    CallRecord call = calls.create(CallJson.patch(RequestBody.object(body)));
    return Response.created(uri.getAbsolutePathBuilder().path(call.id().toString()).build())
        .entity(CallJson.of(call))
        .build();
  }

  @PATCH
  @Path("{id}")
  public Response change(@PathParam("id") String id, InputStream body) {
    var call = PathIds.of(id);
    return Response.ok(CallJson.of(calls.change(call, CallJson.patch(RequestBody.object(body)))))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    calls.delete(PathIds.of(id));
    return Response.noContent().build();
  }
}
