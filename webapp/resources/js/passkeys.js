// Passkeys (WebAuthn) for two-step sign-in. A button with data-passkey="create" or "get" runs the
// ceremony with the options the server put in the element data-options names, puts the browser's
// answer (as JSON) in the field data-response names, and submits with the button data-submit names.
// The server checks the answer against the challenge it kept; this script only carries it.
document.addEventListener('click', async (event) => {
  const button = event.target.closest('[data-passkey]');
  if (!button) {
    return;
  }
  event.preventDefault();
  const problem = document.getElementById(button.dataset.error);
  problem.textContent = '';
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
    problem.textContent = 'This browser cannot use passkeys.';
    return;
  }
  const options = JSON.parse(document.getElementById(button.dataset.options).value);
  try {
    const credential = button.dataset.passkey === 'create'
      ? await navigator.credentials.create(
          {publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options)})
      : await navigator.credentials.get(
          {publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options)});
    document.getElementById(button.dataset.response).value = JSON.stringify(credential.toJSON());
  } catch (refused) {
    problem.textContent = 'No passkey was used: ' + refused.message;
    return;
  }
  document.getElementById(button.dataset.submit).click();
});
