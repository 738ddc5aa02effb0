"""The web interface behind ``litopys serve`` (docs/WEB.md): store snapshots, filters, views and the
front-end assets in ``static/`` (plain HTML, CSS and JavaScript; nothing is fetched from elsewhere)."""
