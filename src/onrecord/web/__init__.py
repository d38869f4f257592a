"""``onrecord serve``: the case as a web app and JSON API (FastAPI, server-rendered Jinja2).

:func:`onrecord.web.app.create_app` builds the app for one case. Every page has a JSON twin
(:mod:`onrecord.web.pages`), every error the same envelope (:mod:`onrecord.web.errors`), and
every asset is served from ``static/`` so it works offline. The views only call the library
(``onrecord.report``, ``onrecord.store.queries``, ``onrecord.pipeline``) and format what it
returns.
"""
