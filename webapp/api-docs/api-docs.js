// The API docs page: Swagger UI over the server's /openapi document. "Try it out" is answered
// only with the key typed into "Authorize": the API reads no session.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '../openapi',
    dom_id: '#api-docs',
    deepLinking: true,
    withCredentials: false
  });
});
