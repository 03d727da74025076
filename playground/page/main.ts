/**
 * The playground page: builds its controls in `#yusuan-playground` (docs/playground.md), checks
 * the chosen example or the pasted document and renders the report. Bundled for the browser from
 * the published ESM entries by `playground/bundle.ts`.
 */
import type { Locale } from "yusuan";
import { parseDisclosureJson } from "yusuan/json";
import { h } from "./dom";
import { EXAMPLE_TEXTS } from "./examples";
import { disclosureTitle, runPlayground, SETUPS } from "./model";
import { STYLE } from "./style";
import { t, type UiKey } from "./text";
import { renderResult, type ViewLinks } from "./view";

const PASTED = "pasted";

interface Example {
  readonly id: string;
  readonly text: string;
  readonly title: { readonly "zh-CN": string; readonly en: string };
}

function examples(): Example[] {
  return Object.entries(EXAMPLE_TEXTS).flatMap(([file, text]) => {
    const parsed = parseDisclosureJson(text);
    return parsed.ok ? [{ id: file, text, title: disclosureTitle(parsed.value) }] : [];
  });
}

function start(root: HTMLElement): void {
  const rulesLink = root.querySelector<HTMLAnchorElement>("a.pg-rules");
  const links: ViewLinks = rulesLink === null ? {} : { rules: rulesLink.href };
  const list = examples();
  let locale: Locale = "zh-CN";

  const label = (key: UiKey) => h("span", { "data-label": key }, t(key, locale));
  const exampleSelect = h(
    "select",
    { id: "pg-example" },
    list.map((e) => h("option", { value: e.id }, e.title[locale])),
    h("option", { value: PASTED, "data-label": "pasted" }, t("pasted", locale)),
  );
  const profileSelect = h(
    "select",
    { id: "pg-profile" },
    h("option", { value: "auto", "data-label": "auto" }, t("auto", locale)),
    SETUPS.map((s) => h("option", { value: s.id }, s.label[locale])),
  );
  const localeInputs = (["zh-CN", "en"] as const).map((l) =>
    h("input", {
      type: "radio",
      name: "pg-locale",
      value: l,
      id: `pg-locale-${l}`,
      checked: l === locale ? "" : undefined,
    }),
  );
  const input = h("textarea", { id: "pg-input", spellcheck: "false", rows: "14" });
  const button = h("button", { id: "pg-check", type: "submit" }, label("check"));
  const output = h("section", { id: "pg-output", "aria-live": "polite", "data-run": "0" });
  const form = h(
    "form",
    {},
    h(
      "div",
      { class: "pg-row" },
      h("label", {}, label("example"), " ", exampleSelect),
      h("label", {}, label("profile"), " ", profileSelect),
      h(
        "fieldset",
        {},
        h("legend", {}, label("language")),
        h("label", {}, localeInputs[0], " 中文"),
        h("label", {}, localeInputs[1], " English"),
      ),
    ),
    h("label", { for: "pg-input" }, label("document")),
    input,
    button,
  );

  let last: ReturnType<typeof runPlayground> | undefined;
  let runs = 0;
  const show = () => {
    if (last !== undefined) renderResult(output, last, locale, links);
  };
  const check = () => {
    last = runPlayground(input.value, profileSelect.value);
    show();
    runs += 1;
    output.dataset.run = String(runs);
  };
  const relabel = () => {
    root.setAttribute("lang", locale);
    for (const el of root.querySelectorAll<HTMLElement>("[data-label]")) {
      el.textContent = t(el.dataset.label as UiKey, locale);
    }
    for (const [i, e] of list.entries()) {
      const option = exampleSelect.options[i];
      if (option !== undefined) option.textContent = e.title[locale];
    }
    for (const [i, s] of SETUPS.entries()) {
      const option = profileSelect.options[i + 1];
      if (option !== undefined) option.textContent = s.label[locale];
    }
  };

  exampleSelect.addEventListener("change", () => {
    const chosen = list.find((e) => e.id === exampleSelect.value);
    if (chosen === undefined) return;
    input.value = chosen.text;
    check();
  });
  input.addEventListener("input", () => {
    exampleSelect.value = PASTED;
  });
  profileSelect.addEventListener("change", check);
  for (const radio of localeInputs) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      locale = radio.value === "en" ? "en" : "zh-CN";
      relabel();
      show();
    });
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });

  const style = h("style", {}, STYLE);
  root.replaceChildren(style, form, output);
  if (rulesLink !== null) root.append(h("p", {}, rulesLink));
  relabel();
  const first = list[0];
  if (first !== undefined) {
    exampleSelect.value = first.id;
    input.value = first.text;
  }
  check();
}

const root = document.getElementById("yusuan-playground");
if (root !== null) start(root);
