import time

import flask

app = flask.Flask(__name__)


@app.route("/")
def index():
    return "Hello from a Flask rock\n"


@app.route("/io")
def io():
    # A slow, I/O-bound request: sync workers serve these one at a time, gevent workers together.
    time.sleep(2)
    return "slept 2 s\n"
