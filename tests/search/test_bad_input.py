"""Odd input gets a clear answer or an empty result, never an error."""

BAD_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "woord " * 2_000,
    '"unbalanced',
    'a "b" "c',
    "back\\slash\\",
    "\\",
    "*",
    "~",
    "AND",
    "OR",
    "a AND OR b",
    "title:(x",
    "[x TO y]",
    "😀🙈",
    "مرحبا بالعالم",
    "שלום",
    "ctrl\x00\x01\x1b[0m\u202e",
    '{"query": {"match_all": {}}}',
    "%00%ff",
]


BAD_PARAMETERS = [
    {"kind": "people", "unit": "abc"},
    {"kind": "people", "skill": "<script>"},
    {"kind": "people", "organisation": "99999999"},
    {"kind": "nonsense"},
    {"kind": "pages", "language": "-1"},
    {"kind": "pages", "locale": "xx"},
    {"kind": "pages", "locale": ["en", "fr"]},
    {"page": "999999"},
    {"page": "-3"},
    {"page": "abc"},
    {"colour": "red"},
]


def test_bad_queries(engine, staff_client):
    # One engine set-up for the whole list keeps the suite quick.
    for query in BAD_QUERIES:
        for url in ["/search/", "/api/search/", "/api/search/autocomplete/"]:
            response = staff_client.get(url, {"q": query})
            assert response.status_code == 200, (query, url, response.content[:300])


def test_bad_parameters(engine, staff_client):
    for params in BAD_PARAMETERS:
        for url in ["/search/", "/api/search/"]:
            response = staff_client.get(url, {"q": "verlof", **params})
            assert response.status_code == 200, (params, url)


def test_unknown_filter_reported(engine, staff_client):
    data = staff_client.get(
        "/api/search/", {"q": "verlof", "kind": "people", "unit": "abc"}
    ).json()
    assert data["ignored_filters"] == ["unit"]
