"""superjson and ``JSON.stringify`` byte for byte, as the TypeScript SDK writes and reads them (wire reference §2.2).

A payload that is not a string is sent as a `superjson <https://github.com/flightcontrolhq/superjson>`_ document
(``application/super+json``), so the TypeScript task receives real ``Date``, ``Set`` and ``BigInt`` values.
Python values map to JavaScript like this:

========================  ===============================================================================
Python                    JavaScript value the task receives
========================  ===============================================================================
``None``, ``bool``, str   ``null``, boolean, string
``int``                   number; beyond ±(2**53 - 1) a ``BigInt`` (a number would silently lose digits)
``float``                 number; ``nan``/``inf``/``-inf``/``-0.0`` keep their value (``"number"`` annotation)
``decimal.Decimal``       number (``float(d)``: precision beyond a double is lost; pass ``str(d)`` to keep it)
``datetime``              ``Date``, truncated to milliseconds; aware → UTC, **naive is taken as UTC**
``date``                  ``Date`` at midnight UTC of that day
``dict`` (str keys)       object; integer-like keys come first, as JavaScript orders them
``list``, ``tuple``       array
``set``, ``frozenset``    ``Set`` (items sorted when they are orderable, so equal sets give equal bytes)
``bytes``, ``bytearray``  ``Uint8Array`` (a built-in superjson type, readable by every SDK version)
========================  ===============================================================================

A ``dict``, ``list``, ``set`` or ``bytearray`` that appears more than once (or contains itself) is sent once
with a ``referentialEqualities`` annotation, as superjson does for shared JavaScript objects; immutable values
(tuples, datetimes, bytes) are never treated as shared because Python may intern them.

Decoding (:func:`superjson_loads`) maps back: ``Date`` → aware UTC ``datetime``, ``Set`` → ``set`` (a
``list`` when an item is unhashable), ``Map`` → ``dict`` (a list of ``[key, value]`` pairs when a key is
unhashable), ``BigInt`` → ``int``, ``Uint8Array``/Node ``Buffer`` → ``bytes``, other typed arrays → ``list``,
``undefined`` → ``None``, ``Error`` → ``{"name", "message", ...}`` dict, ``RegExp`` → its ``"/body/flags"``
string, ``URL`` → ``str``. A JSON number without a fraction decodes as ``int`` (JavaScript has one number type).

Example::

    superjson_dumps({"when": datetime(2024, 1, 2, tzinfo=timezone.utc)})
    # '{"json":{"when":"2024-01-02T00:00:00.000Z"},"meta":{"values":{"when":["Date"]}}}'
"""

from trigger_client._superjson.decode import parse_js_int, superjson_loads
from trigger_client._superjson.encode import js_json_dumps, superjson_dumps

__all__ = ["js_json_dumps", "parse_js_int", "superjson_dumps", "superjson_loads"]
