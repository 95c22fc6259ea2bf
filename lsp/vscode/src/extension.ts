// Starts `recordlint lsp` over stdio and hands it the user's settings. Everything else
// (checks, fixes, team commands) runs in the server, so every editor gets the same.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("recordlint");
  const select = config.get<string[] | null>("select");
  return {
    select: select && select.length > 0 ? select : null,
    ignore: config.get<string[]>("ignore", []),
    languages: config.get<string[]>("languages", ["plaintext", "markdown"]),
    debounceMs: config.get<number>("debounceMs", 120),
    caretHoldMs: config.get<number>("caretHoldMs", 1200),
    maxDocumentChars: config.get<number>("maxDocumentChars", 150000),
    debug: config.get<boolean>("debug", false),
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = vscode.workspace.getConfiguration("recordlint").get<string>("path", "recordlint");
  const serverOptions: ServerOptions = {
    command,
    args: ["lsp"],
    transport: TransportKind.stdio,
  };
  const languages = settings().languages as string[];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: settings(),
    // The server asks for the "recordlint" section through workspace/configuration and
    // re-checks open documents when it changes.
    synchronize: { configurationSection: "recordlint" },
  };
  client = new LanguageClient("recordlint", "recordlint", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("recordlint.path") && client) {
        await client.stop();
        vscode.window.showInformationMessage("recordlint: reload the window to use the new path.");
      }
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
