package com.propaganda.dashboard.audittrail;

import java.util.Optional;

/**
 * A ceo's proof of their audit log at one moment: the latest signed checkpoint of their chain, as a
 * text file they keep outside the agency's systems. Anyone with the agency's public key checks the
 * signature with openssl; the agency's verifier then shows whether the chain still reaches it.
 */
public final class AuditReceipt {

  private AuditReceipt() {}

  public static String of(String workspace, Checkpoint checkpoint, Optional<String> publicKeyPem) {
    return String.join(
        "\n",
        "Propaganda Dashboard: audit log receipt",
        "",
        "Workspace:   " + workspace,
        "Client:      " + checkpoint.chain(),
        "Position:    " + checkpoint.seq() + " (rows in the chain when it was signed)",
        "Head hash:   " + checkpoint.hash(),
        "Sealed at:   " + checkpoint.sealedAt(),
        "",
        "Signed text (one line, no newline at its end):",
        checkpoint.signedText(),
        "",
        "Ed25519 signature, Base64:",
        checkpoint.signature(),
        "",
        "The agency's public key:",
        publicKeyPem.orElse("(ask the agency for it)").strip(),
        "",
        "To check the signature: save the signed text as signed.txt (printf '%s' ...), the",
        "signature decoded as sig.bin (base64 -d) and the key as key.pem, then run",
        "  openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in signed.txt -sigfile sig.bin",
        "To check that the log still holds these rows, ask the agency to run",
        "  src/scripts/verify-audit-chain.sh " + workspace,
        "");
  }
}
