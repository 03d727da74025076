/**
 * Starts the system's Chromium (Debian's `chromium`, which `.ci/run` installs when missing) through
 * playwright-core, headless, with a fresh profile and no background networking; a page that
 * refuses every request that is not a local file and records what it refused and any script error;
 * and the two things the tests do to the playground: paste a document, change one cell.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** The Chromium binary: `$CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a headless run as root on a machine without network. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches Chromium; throws a clear error when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (\`apt-get install -y chromium\`; .ci/run does) or set CHROMIUM`,
    );
  }
  // playwright-core starts it headless with a new temporary profile (user data dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    timeout: 60_000,
  });
}

/** A page that only loads `file:` URLs, and what it refused or threw. */
export interface WatchedPage {
  readonly page: Page;
  /** URLs the page asked for that are not local files (refused). */
  readonly refused: string[];
  /** Uncaught script errors and console errors. */
  readonly errors: string[];
}

/** Opens a new page in `browser` that refuses the network. */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const refused: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return { page, refused, errors };
}

/**
 * Pastes `text` into the playground's document box: sets its value and fires the `input` event a
 * paste fires (playwright's `fill` types a long text in pieces, which takes minutes for the
 * examples).
 */
export async function paste(page: Page, text: string): Promise<void> {
  await page.locator("textarea#pg-input").evaluate((el, value) => {
    Object.assign(el, { value });
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

interface JsonDocument {
  tables: {
    kind: string;
    rows: { key: { kind: string; code?: string }; cells: Record<string, string> }[];
  }[];
}

/**
 * The Henan example's text with one cell of its 部门支出预算表 (row 2013101, 商品和服务支出) set to
 * `value`, and the value it had.
 */
export function changeCell(text: string, value: string): { text: string; was: string } {
  const doc = JSON.parse(text) as JsonDocument;
  const row = doc.tables
    .find((t) => t.kind === "expenditure")
    ?.rows.find((r) => r.key.kind === "functional" && r.key.code === "2013101");
  if (row === undefined) throw new Error("no row 2013101 in the 部门支出预算表");
  const was = row.cells["basic.goods"] ?? "";
  row.cells["basic.goods"] = value;
  return { text: JSON.stringify(doc, null, 2), was };
}
