-- The demo catalogue of ARCHITECTURE.md; other modules and their tests rely on these exact values and ids.
INSERT INTO item (id, sku, name, category, price, stock, points) VALUES
    (1,  'AMR-001', '아메리카노',               'coffee',  4500,  120, 45),
    (2,  'LAT-001', '카페라떼',                 'coffee',  5000,  80,  50),
    (3,  'VAN-001', '바닐라라떼',               'coffee',  5500,  40,  55),
    (4,  'CBR-001', '콜드브루',                 'coffee',  5000,  0,   50),
    (5,  'GRT-001', '녹차라떼',                 'tea',     5500,  3,   55),
    (6,  'CHO-001', '초코케이크',               'dessert', 6500,  12,  65),
    (7,  'CHE-001', '치즈케이크',               'dessert', 6800,  0,   68),
    (8,  'BGL-001', '베이글',                   'bakery',  3500,  30,  35),
    (9,  'BEN-001', '하우스 블렌드 원두 1kg',   'beans',   28000, 15,  280),
    (10, 'TUM-001', '스테인리스 텀블러',        'goods',   25000, 7,   250),
    (11, 'MUG-001', '머그컵',                   'goods',   12000, 0,   120),
    (12, 'DRP-001', '드립백 세트',              'beans',   15000, 25,  150);
