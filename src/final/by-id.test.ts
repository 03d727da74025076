import { describe, expect, it } from "vitest";
import { profileFor } from "../rules/profiles";
import { henan2024, shanghai, templateById } from "../templates";
import { finalProfile } from "./profile";
import { final2024 } from "./template";

describe("templateById / profileFor with the 决算 template passed in", () => {
  it("resolve final2024 and its profile, and the budget ones as before", () => {
    expect(templateById("final2024", [final2024])).toBe(final2024);
    expect(templateById("final2024")).toBeUndefined();
    expect(templateById("henan2024", [final2024])).toBe(henan2024);
    expect(profileFor(final2024, [finalProfile])).toBe(finalProfile);
    expect(profileFor({ ...final2024, id: "myFinal" }, [finalProfile])).toBe(finalProfile);
    // without it, a 决算 falls back to the national profile (its rules hold under any template)
    expect(profileFor(final2024).id).toBe("national");
    expect(profileFor(shanghai, [finalProfile]).id).toBe("shanghai");
  });
});
