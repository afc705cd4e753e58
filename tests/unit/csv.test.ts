import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/attendees/csv";

describe("CSV for German Excel", () => {
  it("starts with a BOM, separates with semicolons, ends lines with CRLF", () => {
    const csv = toCsv(["Name", "Organisation"], [["Jörg Müller", "Stadt Halle; Saale"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF"Name";"Organisation"\r\n"Jörg Müller";"Stadt Halle; Saale"\r\n');
  });

  it("quotes quotes and neutralises formulas", () => {
    expect(csvCell('Sie sagte "Hallo"')).toBe('"Sie sagte ""Hallo"""');
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+49 345 123")).toBe("\"'+49 345 123\"");
    expect(csvCell("@SUM(A1)")).toBe("\"'@SUM(A1)\"");
    expect(csvCell(["a", "b"])).toBe('"a, b"');
    expect(csvCell(null)).toBe('""');
  });
});
