# How docs/compare/wikipedia-quebec-2022.png was made (README, "Next to the tools people use today").
# Needs parliamentarch 1.0 (Python 3.12): Gouvernathor/parliamentarch src/parliamentarch/__init__.py and svg.py at
# 7459903422837f37d7ec524b7196d11d280e6b9d, geometry.py at 5d71e17c4186d0a4327caf82c78f1bffdd71efa4, _util.py at
# 5210a2b92db653f9bbb596718e0bee3dca898288, copied unchanged to /tmp/peer/parliamentarch/. The SVG it writes was
# rasterised at 800 px wide with @resvg/resvg-js on a white background.
"""Reproduce what slashme/parliamentdiagram's /newarch handler (src/app.py,
newarch_generation) does for the arch form with default options, using the
parliamentarch package copied verbatim into /tmp/peer/parliamentarch/.

Request body built the way src/static/js/arch.js CallDiagramScript() builds it
when the "advanced parameters" panel is hidden (denser_rows=false) and the
per-party border width / border colour fields keep their defaults (0.00, 000000).
"""
import json
import sys

sys.path.insert(0, "/tmp/peer")

from parliamentarch import SeatData, write_svg_from_attribution
from parliamentarch.geometry import FillingStrategy

parties_in = [
    ("Coalition avenir Québec", 90, "00aeef"),
    ("Parti libéral du Québec", 21, "d71920"),
    ("Québec solidaire", 11, "ff5505"),
    ("Parti québécois", 3, "004c9d"),
]

# --- what arch.js sends ---
requestJSON = {
    "denser_rows": False,  # $('#advanced-body').is(':visible') && ... -> false by default
    "parties": [
        {
            "name": name.replace(",", ""),
            "nb_seats": n,
            "color": "#" + color,
            "border_size": 0,          # default "0.00", parseFloat -> 0, clamped to [0,1]
            "border_color": "#" + "000000",
        }
        for name, n, color in parties_in
    ],
}
data = json.dumps(requestJSON)

# --- what app.py newarch_generation does with it ---
inputdata = json.loads(data)
parties = inputdata.pop("parties", None)
attrib = {}
for d in parties:
    n = d.pop("nb_seats", 1)
    name = d.pop("name")
    attrib[SeatData(name, **d)] = n
if inputdata.pop("denser_rows", False):
    filling_strategy = FillingStrategy.EMPTY_INNER
else:
    filling_strategy = FillingStrategy.DEFAULT
seat_radius_factor = inputdata.pop("seat_radius_factor", .8)

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/peer/wikipedia-quebec-2022.svg"
write_svg_from_attribution(out,
    attrib,
    filling_strategy=filling_strategy,
    seat_radius_factor=seat_radius_factor,
    **inputdata)
print("wrote", out, "remaining inputdata:", inputdata)
