/**
 * A QR code drawn as vector shapes: sharp at any print size, and quicker than encoding and
 * embedding a PNG per badge.
 */
import QRCode from "qrcode";
import { rgb, type PDFPage } from "pdf-lib";

/** Draws `text` as a QR code filling a `size`-point square at (x, y), with a one-module quiet zone. */
export function drawQrCode(page: PDFPage, text: string, box: { x: number; y: number; size: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = modules.size;
  const unit = box.size / (count + 2);
  page.drawRectangle({ x: box.x, y: box.y, width: box.size, height: box.size, color: rgb(1, 1, 1) });
  // One path for the whole code (a rectangle per run of dark modules in a row), in module units
  // from the top left; drawing each square on its own took seconds for a few hundred badges.
  let path = "";
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        path += `M${start + 1} ${row + 1}h${col - start}v1h${start - col}z`;
        start = -1;
      }
    }
  }
  page.drawSvgPath(path, { x: box.x, y: box.y + box.size, scale: unit, color: rgb(0, 0, 0), borderWidth: 0 });
}
