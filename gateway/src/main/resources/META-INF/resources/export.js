// Tables of the dashboard as files: CSV (UTF-8 with a BOM, so Excel and WPS read the Chinese) and XLSX (a minimal
// Office Open XML workbook, one sheet, written here without a library: stored zip entries, inline strings, number
// formats for counts, yuan and rates).
//
// A table is { sheet, columns: [label...], rows: [[cell...]...] }; a cell is null or { kind, value } where kind is
// 'text' (a string), 'int' (a count), 'decimal' (yuan, two decimals), 'number' (as it is) or 'ratio' (0.953 = 95.3%).
(function () {
  'use strict';

  // ---- CSV ----

  function csvField(cell) {
    if (cell === null || cell === undefined || cell.value === null || cell.value === undefined) { return ''; }
    var text;
    if (cell.kind === 'ratio') {
      text = trimZeros((Number(cell.value) * 100).toFixed(4)) + '%';
    } else if (cell.kind === 'decimal') {
      text = Number(cell.value).toFixed(2);
    } else if (cell.kind === 'text') {
      text = String(cell.value);
      // a text a spreadsheet would run as a formula is kept as text
      if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    } else {
      text = String(cell.value);
    }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function trimZeros(decimal) {
    return decimal.indexOf('.') < 0 ? decimal : decimal.replace(/0+$/, '').replace(/\.$/, '');
  }

  function csv(table) {
    var lines = [table.columns.map(function (label) { return csvField({ kind: 'text', value: label }); }).join(',')];
    table.rows.forEach(function (row) { lines.push(row.map(csvField).join(',')); });
    return new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
  }

  // ---- XLSX ----

  var STYLE = { header: 1, int: 2, decimal: 3, ratio: 4 };

  function xml(text) {
    return String(text)
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function columnName(index) {
    var name = '';
    for (var n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      name = String.fromCharCode(65 + (n - 1) % 26) + name;
    }
    return name;
  }

  function width(text) {
    var units = 0;
    for (var i = 0; i < text.length; i++) { units += text.charCodeAt(i) > 0x2E80 ? 2 : 1; }
    return units;
  }

  function inlineString(ref, text, style) {
    return '<c r="' + ref + '" t="inlineStr"' + (style ? ' s="' + style + '"' : '') + '><is><t xml:space="preserve">'
      + xml(text) + '</t></is></c>';
  }

  function xlsxCell(ref, cell) {
    if (cell === null || cell === undefined || cell.value === null || cell.value === undefined || cell.value === '') { return ''; }
    if (cell.kind === 'text') { return inlineString(ref, cell.value, 0); }
    var number = Number(cell.value);
    if (!isFinite(number)) { return inlineString(ref, String(cell.value), 0); }
    var style = STYLE[cell.kind] || 0;
    return '<c r="' + ref + '"' + (style ? ' s="' + style + '"' : '') + '><v>' + number + '</v></c>';
  }

  function sheetXml(table) {
    var widths = table.columns.map(function (label) { return width(label); });
    var rows = ['<row r="1">' + table.columns.map(function (label, c) {
      return inlineString(columnName(c) + '1', label, STYLE.header);
    }).join('') + '</row>'];
    table.rows.forEach(function (row, r) {
      rows.push('<row r="' + (r + 2) + '">' + row.map(function (cell, c) {
        if (cell && cell.value !== null && cell.value !== undefined) {
          widths[c] = Math.max(widths[c] || 0, width(String(cell.value)) + (cell.kind === 'text' ? 0 : 4));
        }
        return xlsxCell(columnName(c) + (r + 2), cell);
      }).join('') + '</row>');
    });
    var cols = widths.map(function (w, c) {
      return '<col min="' + (c + 1) + '" max="' + (c + 1) + '" width="' + Math.min(80, Math.max(8, w + 2)) + '" customWidth="1"/>';
    }).join('');
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
      + '</sheetView></sheetViews><cols>' + cols + '</cols><sheetData>' + rows.join('') + '</sheetData></worksheet>';
  }

  function sheetName(name) {
    var clean = String(name || 'Sheet1').replace(/[\[\]:*?\/\\]/g, ' ').replace(/^'+|'+$/g, '').trim();
    return (clean || 'Sheet1').slice(0, 31);
  }

  function workbookFiles(table, font) {
    var relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    var head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    var xf = function (numFmt, fontId) {
      return '<xf numFmtId="' + numFmt + '" fontId="' + fontId + '" fillId="0" borderId="0" xfId="0"'
        + (fontId ? ' applyFont="1"' : '') + (numFmt ? ' applyNumberFormat="1"' : '') + '/>';
    };
    var fontXml = function (bold) {
      return '<font>' + (bold ? '<b/>' : '') + '<sz val="11"/><name val="' + xml(font) + '"/></font>';
    };
    return [
      ['[Content_Types].xml', head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + '</Types>'],
      ['_rels/.rels', head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="' + relationships + '/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
      ['xl/workbook.xml', head + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="'
        + relationships + '"><sheets><sheet name="' + xml(sheetName(table.sheet)) + '" sheetId="1" r:id="rId1"/></sheets></workbook>'],
      ['xl/_rels/workbook.xml.rels', head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="' + relationships + '/worksheet" Target="worksheets/sheet1.xml"/>'
        + '<Relationship Id="rId2" Type="' + relationships + '/styles" Target="styles.xml"/></Relationships>'],
      ['xl/styles.xml', head + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + '<fonts count="2">' + fontXml(false) + fontXml(true) + '</fonts>'
        + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        // 0 general, 1 header (bold), 2 #,##0, 3 #,##0.00, 4 0.00%
        + '<cellXfs count="5">' + xf(0, 0) + xf(0, 1) + xf(3, 0) + xf(4, 0) + xf(10, 0) + '</cellXfs>'
        + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'],
      ['xl/worksheets/sheet1.xml', sheetXml(table)]
    ];
  }

  // ---- zip (stored entries) ----

  var CRC_TABLE = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) { c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; }
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(bytes) {
    var crc = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; i++) { crc = CRC_TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8); }
    return (crc ^ 0xFFFFFFFF) >>> 0;
  }

  function zip(files, now) {
    var encoder = new TextEncoder();
    var time = (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2);
    var date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
    var parts = [];
    var central = [];
    var offset = 0;
    files.forEach(function (file) {
      var name = encoder.encode(file[0]);
      var data = encoder.encode(file[1]);
      var crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0800, true); // names in UTF-8
      local.setUint16(8, 0, true); // stored
      local.setUint16(10, time, true);
      local.setUint16(12, date, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true);
      local.setUint16(28, 0, true);
      parts.push(new Uint8Array(local.buffer), name, data);
      var entry = new DataView(new ArrayBuffer(46));
      entry.setUint32(0, 0x02014b50, true);
      entry.setUint16(4, 20, true);
      entry.setUint16(6, 20, true);
      entry.setUint16(8, 0x0800, true);
      entry.setUint16(10, 0, true);
      entry.setUint16(12, time, true);
      entry.setUint16(14, date, true);
      entry.setUint32(16, crc, true);
      entry.setUint32(20, data.length, true);
      entry.setUint32(24, data.length, true);
      entry.setUint16(28, name.length, true);
      entry.setUint32(42, offset, true);
      central.push(new Uint8Array(entry.buffer), name);
      offset += 30 + name.length + data.length;
    });
    var size = central.reduce(function (sum, part) { return sum + part.length; }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, files.length, true);
    end.setUint16(10, files.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return parts.concat(central, [new Uint8Array(end.buffer)]);
  }

  function xlsx(table, options) {
    var font = (options && options.font) || 'Calibri';
    return new Blob(zip(workbookFiles(table, font), new Date()),
      { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  function download(blob, fileName) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }

  window.AnjuExport = { csv: csv, xlsx: xlsx, download: download };
})();
