/**
 * A project code printed before a name, in every opening the pattern knows (a name that starts
 * with a Chinese character is split by no pattern: it prints no code).
 */
import { describe, expect, it } from "vitest";
import { splitCode } from "./targets-names";

describe("splitCode", () => {
  it("splits a code before a name, bracketed or not", () => {
    const code = "410305240000000017294";
    for (const printed of [
      `${code} 社区养老服务补助`,
      `${code}社区养老服务补助`,
      `[${code}]社区养老服务补助`,
      `(${code})社区养老服务补助`,
      `（${code}）社区养老服务补助`,
      `【${code}】 社区养老服务补助`,
      `  ${code} 社区养老服务补助 `,
      `AB${code.slice(2)} 社区养老服务补助`,
      `ab${code.slice(2)} 社区养老服务补助`,
    ])
      expect(splitCode(printed).name, printed).toBe("社区养老服务补助");
    expect(splitCode(`[${code}]社区养老服务补助`).code).toBe(code);
  });

  it("leaves a name without a code whole", () => {
    for (const printed of [
      "社区养老服务补助",
      "2024年通联值班费",
      "（一）社区养老服务补助",
      "【重点】社区养老服务补助",
      "",
      "410305 社区养老服务补助",
    ])
      expect(splitCode(printed)).toEqual({ name: printed.trim() });
  });
});
