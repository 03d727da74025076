// biome-ignore-all lint/performance/useDomNodeTextContent: playwright's Locator.innerText() reads the text as shown (cells apart), which the assertions match
/**
 * The playground page of the built docs site (`npm run docs` → docs/api/documents/playground.html),
 * opened from the file system in headless Chromium and used as a reader would, one step after the
 * other on one page: everything asserted here is read from the page itself. Needs `npm run docs`
 * first (npm test runs it before vitest).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../playground/bundle";
import { changeCell, launchChromium, paste, type WatchedPage, watchedPage } from "./driver";

const PAGE = join(ROOT, "docs/api/documents/playground.html");
/** Generous: nothing here waits on wall-clock time except to give up. */
const WAIT = { timeout: 30_000 };

let browser: Browser;
let watched: WatchedPage;
let page: Page;

/** Waits for the page's run counter (each check increments it once) to reach `n`. */
async function ran(n: number): Promise<Locator> {
  const output = page.locator(`#pg-output[data-run="${n}"]`);
  await output.waitFor({ state: "attached", ...WAIT });
  return output;
}

/** Does `action`, which makes the page check once, and waits for that check's report. */
async function checked(action: () => Promise<unknown>): Promise<Locator> {
  const before = Number(await page.locator("#pg-output").getAttribute("data-run"));
  await action();
  return ran(before + 1);
}

async function setLocale(locale: "zh-CN" | "en"): Promise<void> {
  await page.check(`#pg-locale-${locale}`);
  await page.locator(`#yusuan-playground[lang="${locale}"]`).waitFor(WAIT);
}

beforeAll(async () => {
  if (!existsSync(PAGE)) {
    throw new Error(`${PAGE} is missing: run \`npm run docs\` first (npm test does).`);
  }
  browser = await launchChromium();
  watched = await watchedPage(browser);
  page = watched.page;
  await page.goto(pathToFileURL(PAGE).href, WAIT);
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

describe("the playground in the docs site, in Chromium", () => {
  it("opens on the Henan example, which checks with 0 errors and 0 warnings", async () => {
    const output = await ran(1);
    expect(await page.inputValue("#pg-example")).toBe("henan-2024.json");
    expect(await page.inputValue("#pg-profile")).toBe("auto");
    expect(await output.getAttribute("data-state")).toBe("report");
    expect(await output.getAttribute("data-errors")).toBe("0");
    expect(await output.getAttribute("data-warnings")).toBe("0");
    await expect(output.locator(".pg-summary").innerText()).resolves.toContain(
      "中国共产党洛阳市涧西区委员会办公室 2024 年部门预算",
    );
    const counts = await output.locator(".pg-counts").innerText();
    expect(counts).toContain("错误 0");
    expect(counts).toContain("警告 0");
    await expect(output.locator(".pg-summary").innerText()).resolves.toContain("未通过 0");
    expect(await output.locator(".pg-finding[data-severity=error]").count()).toBe(0);
  });

  it("shows the aggregates as the demo prints them, each recomputed from the cells below it", async () => {
    const row = (id: string) => page.locator(`tr[data-aggregate="${id}"]`).innerText();
    await expect(row("spending")).resolves.toMatch(/969\.06 万元\s+969\.06 万元 ✓/u);
    await expect(row("basic")).resolves.toMatch(/682\.06 万元\s+682\.06 万元 ✓.*70\.38%/su);
    await expect(row("project")).resolves.toMatch(/287\.00 万元\s+287\.00 万元 ✓.*29\.62%/su);
    await expect(row("sanGong")).resolves.toMatch(/6\.50 万元\s+6\.50 万元 ✓/u);
    await expect(row("sanGong.vehicles")).resolves.toContain("4.00 万元");
    await expect(row("sanGong.reception")).resolves.toContain("2.50 万元");
    await expect(row("operatingCost")).resolves.toMatch(/49\.68 万元\s+49\.68 万元 ✓/u);
    expect(await page.locator("table.pg-aggregates .pg-bad").count()).toBe(0);
  });

  it("shows a coverage line and links to the rule reference", async () => {
    await expect(page.locator(".pg-coverage").innerText()).resolves.toMatch(
      /^覆盖：14 张表印出 [\d,]+ 个数据单元格，理解 [\d,]+ 个，未理解 0 个/u,
    );
    const href = await page.locator("a.pg-rules").getAttribute("href");
    expect(href).toBe("rules.html");
    expect(existsSync(join(ROOT, "docs/api/documents", href ?? ""))).toBe(true);
    expect(await page.locator(".pg-finding a, .pg-outcomes a").count()).toBeGreaterThan(0);
  });

  it("a pasted copy with one cell changed by 0.01 shows that finding, in Chinese and in English", async () => {
    const { text, was } = changeCell(await page.inputValue("#pg-input"), "49.69");
    expect(was).toBe("49.68");
    await paste(page, text);
    expect(await page.inputValue("#pg-example")).toBe("pasted");
    const output = await checked(() => page.click("#pg-check"));
    const run = await output.getAttribute("data-run");
    expect(Number(await output.getAttribute("data-errors"))).toBeGreaterThan(0);

    // The finding on the row's 基本支出 subtotal, citing the changed cell as printed.
    const finding = output
      .locator(".pg-finding[data-severity=error]")
      .filter({ has: page.locator('tr[data-row="functional:2013101"][data-column="basic.goods"]') })
      .filter({ hasText: "508.07" })
      .first();
    await expect(finding.locator(".pg-message").innerText()).resolves.toMatch(
      /【部门支出预算表】2013101 行「基本支出\/小计」列 为 508\.07，.*应为 508\.08/u,
    );
    const cell = finding.locator('tr[data-row="functional:2013101"][data-column="basic.goods"]');
    await expect(cell.innerText()).resolves.toMatch(
      /^部门支出预算表\s+2013101\s+基本支出\/公用经费\/商品和服务支出\s+49\.69$/u,
    );
    await expect(output.locator(".pg-counts").innerText()).resolves.toMatch(/错误 [1-9]/u);

    await setLocale("en");
    expect(await output.getAttribute("data-run")).toBe(run); // the language re-renders, no new check
    await expect(finding.locator(".pg-message").innerText()).resolves.toMatch(
      /\[Expenditure\] row 2013101, column "基本支出\/小计" is 508\.07, .*gives 508\.08/u,
    );
    await expect(output.locator(".pg-counts").innerText()).resolves.toMatch(/errors [1-9]/u);
    await expect(page.locator("#pg-check").innerText()).resolves.toBe("Check");
    await setLocale("zh-CN");
  });

  it("bad JSON shows the parse issues with their paths, in both languages, never a blank page", async () => {
    await setLocale("zh-CN");
    await paste(page, '{"format": "yusuan.disclosure",');
    let output = await checked(() => page.click("#pg-check"));
    expect(await output.getAttribute("data-state")).toBe("issues");
    expect(await output.locator('li[data-code="invalid-json"]').count()).toBe(1);

    await checked(() => page.selectOption("#pg-example", "henan-2024.json"));
    const doc = JSON.parse(await page.inputValue("#pg-input")) as { tables: { unit: string }[] };
    const first = doc.tables[0];
    if (first === undefined) throw new Error("the example has no table");
    first.unit = "千元";
    await paste(page, JSON.stringify(doc));
    output = await checked(() => page.click("#pg-check"));
    expect(await output.getAttribute("data-state")).toBe("issues");
    const issue = output.locator('li[data-path=\'["tables",0,"unit"]\']');
    await expect(issue.innerText()).resolves.toMatch(/^tables\[0\]\.unit：.*"千元"/u);
    await setLocale("en");
    await expect(issue.innerText()).resolves.toMatch(
      /^tables\[0\]\.unit: expected one of .*"千元"/u,
    );
    await setLocale("zh-CN");
  });

  it("the Shanghai example checks under the Shanghai profile and shows its document's 1 元 break", async () => {
    await setLocale("zh-CN");
    const output = await checked(() =>
      page.selectOption("#pg-example", "shanghai-finance-2025.json"),
    );
    await expect(output.locator(".pg-summary").innerText()).resolves.toMatch(/上海市财政局.*上海/u);
    const rollup = output.locator('.pg-finding[data-rule="rollup"][data-severity="error"]').first();
    await expect(rollup.locator("tr.pg-primary").getAttribute("data-row")).resolves.toBe(
      "economic:302",
    );
    await expect(rollup.locator("tr.pg-primary").innerText()).resolves.toContain("24,840,779");
  });

  it("loaded nothing from the network and threw no script error", () => {
    expect(watched.refused).toEqual([]);
    // Typedoc's own theme refers to its icon sprite by URL, which Chromium refuses over file:
    // (the icons are inlined by its script as well); anything else is an error of the page.
    const theme = /^Unsafe attempt to load URL file:.*\/assets\/icons\.svg#icon-/u;
    expect(watched.errors.filter((e) => !theme.test(e))).toEqual([]);
  });
});
