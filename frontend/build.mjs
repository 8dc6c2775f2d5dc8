// Compile oversight.scss with GOV.UK Frontend's Sass and copy its JavaScript and images
// into the Django static folder. The output is built at install time and never committed.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "oversight", "web", "static", "build");
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "assets"), { recursive: true });

const result = sass.compile(join(here, "oversight.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
if (/GDS Transport/.test(result.css)) {
  throw new Error("The stylesheet must not use the GDS Transport font");
}
writeFileSync(join(out, "oversight.css"), result.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
cpSync(join(govuk, "assets", "images"), join(out, "assets", "images"), {
  recursive: true,
  filter: (src) => !/crown|crest|govuk-icon|govuk-logo|opengraph/i.test(src),
});
console.log(`Built ${join(out, "oversight.css")} (${result.css.length} bytes)`);
