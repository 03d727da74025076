import { describe, expect, it } from "vitest";
import { templateById } from "./by-id";
import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";

describe("templateById", () => {
  it("resolves the id a disclosure's meta names to the built-in template", () => {
    expect(templateById("henan2024")).toBe(henan2024);
    expect(templateById("shanghai")).toBe(shanghai);
    expect(templateById("nationalMinimum")).toBe(nationalMinimum);
  });

  it("gives undefined for an id that is not built in, without guessing", () => {
    for (const id of ["henan", "Henan2024", "", "national", "__proto__", "constructor"])
      expect(templateById(id)).toBeUndefined();
  });

  it("names each built-in template's profile", () => {
    expect([henan2024, shanghai, nationalMinimum].map((t) => t.profile)).toEqual([
      "henan2024",
      "shanghai",
      "national",
    ]);
  });
});
