/**
 * A typedoc plugin (typedoc.json `plugin`) that puts the playground into the docs site: the
 * project document `playground` (docs/playground.md) loads the page script, and the script,
 * bundled from the published ESM entries by `./bundle.ts`, is written to `assets/playground.js`
 * of the output. Typedoc loads it through tsx (`npm run docs`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Application, JSX, type Reflection, RendererEvent } from "typedoc";
import { bundlePlayground } from "./bundle";

/** Where the page script is written, relative to the output directory. */
export const PLAYGROUND_SCRIPT = "assets/playground.js";

/** The name typedoc gives docs/playground.md (its path under the documents, without `.md`). */
const DOCUMENT = "playground";

/** Whether a page is the playground document. */
function isPlayground(model: Reflection): boolean {
  return model.isDocument() && model.name === DOCUMENT;
}

/** Registers the plugin. */
export function load(app: Application): void {
  let pages = 0;
  app.renderer.hooks.on("body.end", (context) => {
    if (!isPlayground(context.page.model)) return JSX.createElement(JSX.Fragment, null);
    pages += 1;
    return JSX.createElement("script", { src: context.relativeURL(PLAYGROUND_SCRIPT, true) });
  });
  app.renderer.on(RendererEvent.BEGIN, () => {
    pages = 0;
    app.renderer.postRenderAsyncJobs.push(async (event) => {
      if (pages !== 1) {
        app.logger.error(
          `playground: ${pages} pages are the document "${DOCUMENT}"; expected 1 (docs/playground.md in projectDocuments)`,
        );
        return;
      }
      const { code } = await bundlePlayground();
      const file = join(event.outputDirectory, PLAYGROUND_SCRIPT);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, code);
      app.logger.info(`playground: wrote ${file} (${Math.round(code.length / 1024)} kB)`);
    });
  });
}
