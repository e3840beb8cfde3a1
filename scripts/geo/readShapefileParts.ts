/**
 * The two parts of the official shapefile that the riding map reads: the
 * attribute table (.dbf, dBASE III) and the bounding box in the header of the
 * shape index (.shx). The shapes themselves come from the SVG (svgPaths.ts).
 */

/** A dBASE value: text for character fields (trimmed), a number for numeric ones. */
type DbfValue = string | number | null;
export type DbfRecord = Record<string, DbfValue>;

export interface DbfField {
  name: string;
  type: string;
  length: number;
}

/** Every record that is not marked deleted, in file order. Text is read as UTF-8 (the .CPG says so). */
export function readDbf(bytes: Uint8Array): { fields: DbfField[]; records: DbfRecord[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 32) throw new Error(`.dbf: ${bytes.byteLength} bytes is shorter than its 32-byte header`);
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const text = new TextDecoder('utf-8');

  const fields: DbfField[] = [];
  for (let at = 32; at < headerLength - 1 && bytes[at] !== 0x0d; at += 32) {
    const rawName = bytes.subarray(at, at + 11);
    const end = rawName.indexOf(0);
    fields.push({
      name: text.decode(end === -1 ? rawName : rawName.subarray(0, end)),
      type: String.fromCharCode(bytes[at + 11]!),
      length: bytes[at + 16]!,
    });
  }
  const fieldsLength = fields.reduce((sum, f) => sum + f.length, 1);
  if (fieldsLength !== recordLength) throw new Error(`.dbf: the fields take ${fieldsLength} bytes but a record is ${recordLength}`);
  if (headerLength + count * recordLength > bytes.byteLength) {
    throw new Error(`.dbf: ${count} records of ${recordLength} bytes do not fit in ${bytes.byteLength} bytes`);
  }

  const records: DbfRecord[] = [];
  for (let i = 0; i < count; i++) {
    let at = headerLength + i * recordLength;
    if (bytes[at] === 0x2a) continue; // '*': deleted
    at += 1;
    const record: DbfRecord = {};
    for (const field of fields) {
      const raw = text.decode(bytes.subarray(at, at + field.length)).trim();
      at += field.length;
      if (field.type === 'N' || field.type === 'F') {
        const value = raw === '' ? null : Number(raw);
        if (value !== null && !Number.isFinite(value)) throw new Error(`.dbf record ${i + 1}: ${field.name} "${raw}" is not a number`);
        record[field.name] = value;
      } else {
        record[field.name] = raw;
      }
    }
    records.push(record);
  }
  return { fields, records };
}

export interface Bbox {
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}

/** The bounding box of all shapes, from a .shx (or .shp) header: bytes 36–67, little-endian doubles. */
export function readShxBbox(bytes: Uint8Array): Bbox {
  if (bytes.byteLength < 100) throw new Error(`.shx: ${bytes.byteLength} bytes is shorter than its 100-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== 9994) throw new Error('.shx: the file code is not 9994; this is not a shapefile index');
  const [xmin, ymin, xmax, ymax] = [36, 44, 52, 60].map((at) => view.getFloat64(at, true)) as [number, number, number, number];
  if (!(xmin < xmax && ymin < ymax)) throw new Error(`.shx: the bounding box ${xmin} ${ymin} ${xmax} ${ymax} is empty`);
  return { xmin, ymin, xmax, ymax };
}
