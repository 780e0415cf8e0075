package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BayerAlgorithm#CAMERA} against values worked out by hand from the firmware's
 * {@code lib/imlib/bayer.c} (openmv/openmv, {@code imlib_debayer_image} through
 * {@code vdebayer_bggr} etc. and the ARMv7E-M {@code simd.h} operations).
 *
 * <p>How the C code computes, as used below. {@code avg(a, b)} is the halving add
 * {@code __UHADD8}, {@code (a + b) >> 1}; a mean of four is {@code avg} of two {@code avg}s, which
 * can differ from {@code (a + b + c + d) >> 2} (BGGR 4x4 (2,2): avg(175, 132) = 153, but
 * (121 + 230 + 166 + 99) >> 2 = 154). A red or blue site takes green as
 * avg(avg(left, right), avg(up, down)) and the other colour as avg(avg(upLeft, downLeft),
 * avg(upRight, downRight)); a green site takes the colour of its row as avg(left, right) and that of
 * its column as avg(up, down). Rows outside: {@code vdebayer_rowptrs_init} uses row 1 for row -1
 * and row h-2 for row h (row 0 for both when h is 1). Columns outside: the first load of a row
 * is shifted so that column -1 reads column 1; the last load of an even width of 4 or more has
 * 3 valid bytes and {@code case 3} copies byte 2 into byte 3, so the last column is its own right
 * neighbour; an odd width's last load has 2 valid bytes and {@code case 2} repeats them, so
 * column w reads column w-2; widths 1 and 2 fill the first load ({@code case 1}, {@code case 2})
 * so that the missing columns mirror (width 1: the pixel itself). RGB565 is
 * {@code (r & 0xF8) << 8 | (g & 0xFC) << 3 | b >> 3}, written below as r>>3 << 11 | g>>2 << 5 | b>>3;
 * grey is {@code (38r + 75g + 15b) >> 7} of the 8-bit values ({@code vrgb_pixels_to_grayscale}).
 * Coordinates are (x, y).
 */
class CameraDemosaicTest {
    private static final DecodeOptions CAMERA = DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.CAMERA);

    private final BayerCodec codec = new BayerCodec();

    @Test
    void bggr4x4EvenWidthLastColumnIsItsOwnRightNeighbour() throws IOException {
        // BGGR 4x4, rows: 13 200 47 91 / 255 8 166 39 / 72 121 5 230 / 180 64 99 150
        // (0,0) B=13; G=avg(avg(200,200)=200, avg(255,255)=255)=227; R=avg(avg(8,8)=8, avg(8,8)=8)=8
        //     -> RGB565 1<<11|56<<5|1 = 0x0F01, grey (38*8+75*227+15*13)>>7 = 17524>>7 = 136
        // (1,0) G=200; B=avg(13,47)=30; R=avg(8,8)=8
        //     -> RGB565 1<<11|50<<5|3 = 0x0E43, grey (38*8+75*200+15*30)>>7 = 15754>>7 = 123
        // (2,0) B=47; G=avg(avg(200,91)=145, avg(166,166)=166)=155; R=avg(avg(8,8)=8, avg(39,39)=39)=23
        //     -> RGB565 2<<11|38<<5|5 = 0x14C5, grey (38*23+75*155+15*47)>>7 = 13204>>7 = 103
        // (3,0) G=91; B=avg(47,91)=69; R=avg(39,39)=39
        //     -> RGB565 4<<11|22<<5|8 = 0x22C8, grey (38*39+75*91+15*69)>>7 = 9342>>7 = 72
        // (0,1) G=255; R=avg(8,8)=8; B=avg(13,72)=42
        //     -> RGB565 1<<11|63<<5|5 = 0x0FE5, grey (38*8+75*255+15*42)>>7 = 20059>>7 = 156
        // (1,1) R=8; G=avg(avg(255,166)=210, avg(200,121)=160)=185; B=avg(avg(13,72)=42, avg(47,5)=26)=34
        //     -> RGB565 1<<11|46<<5|4 = 0x0DC4, grey (38*8+75*185+15*34)>>7 = 14689>>7 = 114
        // (2,1) G=166; R=avg(8,39)=23; B=avg(47,5)=26
        //     -> RGB565 2<<11|41<<5|3 = 0x1523, grey (38*23+75*166+15*26)>>7 = 13714>>7 = 107
        // (3,1) R=39; G=avg(avg(166,39)=102, avg(91,230)=160)=131; B=avg(avg(47,5)=26, avg(91,230)=160)=93
        //     -> RGB565 4<<11|32<<5|11 = 0x240B, grey (38*39+75*131+15*93)>>7 = 12702>>7 = 99
        // (0,2) B=72; G=avg(avg(121,121)=121, avg(255,180)=217)=169; R=avg(avg(8,64)=36, avg(8,64)=36)=36
        //     -> RGB565 4<<11|42<<5|9 = 0x2549, grey (38*36+75*169+15*72)>>7 = 15123>>7 = 118
        // (1,2) G=121; B=avg(72,5)=38; R=avg(8,64)=36
        //     -> RGB565 4<<11|30<<5|4 = 0x23C4, grey (38*36+75*121+15*38)>>7 = 11013>>7 = 86
        // (2,2) B=5; G=avg(avg(121,230)=175, avg(166,99)=132)=153; R=avg(avg(8,64)=36, avg(39,150)=94)=65
        //     -> RGB565 8<<11|38<<5|0 = 0x44C0, grey (38*65+75*153+15*5)>>7 = 14020>>7 = 109
        // (3,2) G=230; B=avg(5,230)=117; R=avg(39,150)=94
        //     -> RGB565 11<<11|57<<5|14 = 0x5F2E, grey (38*94+75*230+15*117)>>7 = 22577>>7 = 176
        // (0,3) G=180; R=avg(64,64)=64; B=avg(72,72)=72
        //     -> RGB565 8<<11|45<<5|9 = 0x45A9, grey (38*64+75*180+15*72)>>7 = 17012>>7 = 132
        // (1,3) R=64; G=avg(avg(180,99)=139, avg(121,121)=121)=130; B=avg(avg(72,72)=72, avg(5,5)=5)=38
        //     -> RGB565 8<<11|32<<5|4 = 0x4404, grey (38*64+75*130+15*38)>>7 = 12752>>7 = 99
        // (2,3) G=99; R=avg(64,150)=107; B=avg(5,5)=5
        //     -> RGB565 13<<11|24<<5|0 = 0x6B00, grey (38*107+75*99+15*5)>>7 = 11566>>7 = 90
        // (3,3) R=150; G=avg(avg(99,150)=124, avg(230,230)=230)=177; B=avg(avg(5,5)=5, avg(230,230)=230)=117
        //     -> RGB565 18<<11|44<<5|14 = 0x958E, grey (38*150+75*177+15*117)>>7 = 20730>>7 = 161
        assertCamera(PixelFormat.BAYER_BGGR, 4, 4, new int[] {
                13, 200, 47, 91,
                255, 8, 166, 39,
                72, 121, 5, 230,
                180, 64, 99, 150},
                new int[] {
                        0x0F01, 0x0E43, 0x14C5, 0x22C8,
                        0x0FE5, 0x0DC4, 0x1523, 0x240B,
                        0x2549, 0x23C4, 0x44C0, 0x5F2E,
                        0x45A9, 0x4404, 0x6B00, 0x958E},
                new int[] {136, 123, 103, 72, 156, 114, 107, 99, 118, 86, 109, 176, 132, 99, 90, 161});
    }

    @Test
    void gbrg5x3OddWidthMirrorsTheLastColumn() throws IOException {
        // GBRG 5x3, rows: 31 250 7 118 64 / 203 12 77 141 9 / 96 180 33 222 55
        // (0,0) G=31; B=avg(250,250)=250; R=avg(203,203)=203
        //     -> RGB565 25<<11|7<<5|31 = 0xC8FF, grey (38*203+75*31+15*250)>>7 = 13789>>7 = 107
        // (1,0) B=250; G=avg(avg(31,7)=19, avg(12,12)=12)=15; R=avg(avg(203,203)=203, avg(77,77)=77)=140
        //     -> RGB565 17<<11|3<<5|31 = 0x887F, grey (38*140+75*15+15*250)>>7 = 10195>>7 = 79
        // (2,0) G=7; B=avg(250,118)=184; R=avg(77,77)=77
        //     -> RGB565 9<<11|1<<5|23 = 0x4837, grey (38*77+75*7+15*184)>>7 = 6211>>7 = 48
        // (3,0) B=118; G=avg(avg(7,64)=35, avg(141,141)=141)=88; R=avg(avg(77,77)=77, avg(9,9)=9)=43
        //     -> RGB565 5<<11|22<<5|14 = 0x2ACE, grey (38*43+75*88+15*118)>>7 = 10004>>7 = 78
        // (4,0) G=64; B=avg(118,118)=118; R=avg(9,9)=9
        //     -> RGB565 1<<11|16<<5|14 = 0x0A0E, grey (38*9+75*64+15*118)>>7 = 6912>>7 = 54
        // (0,1) R=203; G=avg(avg(12,12)=12, avg(31,96)=63)=37; B=avg(avg(250,180)=215, avg(250,180)=215)=215
        //     -> RGB565 25<<11|9<<5|26 = 0xC93A, grey (38*203+75*37+15*215)>>7 = 13714>>7 = 107
        // (1,1) G=12; R=avg(203,77)=140; B=avg(250,180)=215
        //     -> RGB565 17<<11|3<<5|26 = 0x887A, grey (38*140+75*12+15*215)>>7 = 9445>>7 = 73
        // (2,1) R=77; G=avg(avg(12,141)=76, avg(7,33)=20)=48; B=avg(avg(250,180)=215, avg(118,222)=170)=192
        //     -> RGB565 9<<11|12<<5|24 = 0x4998, grey (38*77+75*48+15*192)>>7 = 9406>>7 = 73
        // (3,1) G=141; R=avg(77,9)=43; B=avg(118,222)=170
        //     -> RGB565 5<<11|35<<5|21 = 0x2C75, grey (38*43+75*141+15*170)>>7 = 14759>>7 = 115
        // (4,1) R=9; G=avg(avg(141,141)=141, avg(64,55)=59)=100; B=avg(avg(118,222)=170, avg(118,222)=170)=170
        //     -> RGB565 1<<11|25<<5|21 = 0x0B35, grey (38*9+75*100+15*170)>>7 = 10392>>7 = 81
        // (0,2) G=96; B=avg(180,180)=180; R=avg(203,203)=203
        //     -> RGB565 25<<11|24<<5|22 = 0xCB16, grey (38*203+75*96+15*180)>>7 = 17614>>7 = 137
        // (1,2) B=180; G=avg(avg(96,33)=64, avg(12,12)=12)=38; R=avg(avg(203,203)=203, avg(77,77)=77)=140
        //     -> RGB565 17<<11|9<<5|22 = 0x8936, grey (38*140+75*38+15*180)>>7 = 10870>>7 = 84
        // (2,2) G=33; B=avg(180,222)=201; R=avg(77,77)=77
        //     -> RGB565 9<<11|8<<5|25 = 0x4919, grey (38*77+75*33+15*201)>>7 = 8416>>7 = 65
        // (3,2) B=222; G=avg(avg(33,55)=44, avg(141,141)=141)=92; R=avg(avg(77,77)=77, avg(9,9)=9)=43
        //     -> RGB565 5<<11|23<<5|27 = 0x2AFB, grey (38*43+75*92+15*222)>>7 = 11864>>7 = 92
        // (4,2) G=55; B=avg(222,222)=222; R=avg(9,9)=9
        //     -> RGB565 1<<11|13<<5|27 = 0x09BB, grey (38*9+75*55+15*222)>>7 = 7797>>7 = 60
        assertCamera(PixelFormat.BAYER_GBRG, 5, 3, new int[] {31, 250, 7, 118, 64, 203, 12, 77, 141, 9, 96, 180, 33, 222, 55},
                new int[] {
                        0xC8FF, 0x887F, 0x4837, 0x2ACE, 0x0A0E,
                        0xC93A, 0x887A, 0x4998, 0x2C75, 0x0B35,
                        0xCB16, 0x8936, 0x4919, 0x2AFB, 0x09BB},
                new int[] {107, 79, 48, 78, 54, 107, 73, 73, 115, 81, 137, 84, 65, 92, 60});
    }

    @Test
    void grbg3x2TwoRowsMirrorOntoEachOther() throws IOException {
        // GRBG 3x2, rows: 201 17 88 / 45 160 3
        // (0,0) G=201; R=avg(17,17)=17; B=avg(45,45)=45
        //     -> RGB565 2<<11|50<<5|5 = 0x1645, grey (38*17+75*201+15*45)>>7 = 16396>>7 = 128
        // (1,0) R=17; G=avg(avg(201,88)=144, avg(160,160)=160)=152; B=avg(avg(45,45)=45, avg(3,3)=3)=24
        //     -> RGB565 2<<11|38<<5|3 = 0x14C3, grey (38*17+75*152+15*24)>>7 = 12406>>7 = 96
        // (2,0) G=88; R=avg(17,17)=17; B=avg(3,3)=3
        //     -> RGB565 2<<11|22<<5|0 = 0x12C0, grey (38*17+75*88+15*3)>>7 = 7291>>7 = 56
        // (0,1) B=45; G=avg(avg(160,160)=160, avg(201,201)=201)=180; R=avg(avg(17,17)=17, avg(17,17)=17)=17
        //     -> RGB565 2<<11|45<<5|5 = 0x15A5, grey (38*17+75*180+15*45)>>7 = 14821>>7 = 115
        // (1,1) G=160; B=avg(45,3)=24; R=avg(17,17)=17
        //     -> RGB565 2<<11|40<<5|3 = 0x1503, grey (38*17+75*160+15*24)>>7 = 13006>>7 = 101
        // (2,1) B=3; G=avg(avg(160,160)=160, avg(88,88)=88)=124; R=avg(avg(17,17)=17, avg(17,17)=17)=17
        //     -> RGB565 2<<11|31<<5|0 = 0x13E0, grey (38*17+75*124+15*3)>>7 = 9991>>7 = 78
        assertCamera(PixelFormat.BAYER_GRBG, 3, 2, new int[] {201, 17, 88, 45, 160, 3},
                new int[] {0x1645, 0x14C3, 0x12C0, 0x15A5, 0x1503, 0x13E0},
                new int[] {128, 96, 56, 115, 101, 78});
    }

    @Test
    void rggb6x6() throws IOException {
        // RGGB 6x6, rows: 120 33 210 71 5 190 / 64 251 18 99 137 42 / 176 9 230 61 113 28 / 11 147 83 200 37 166 / 244 52 129 7 188 95 / 70 219 26 158 101 14
        // (0,0) R=120; G=avg(avg(33,33)=33, avg(64,64)=64)=48; B=avg(avg(251,251)=251, avg(251,251)=251)=251
        //     -> RGB565 15<<11|12<<5|31 = 0x799F, grey (38*120+75*48+15*251)>>7 = 11925>>7 = 93
        // (1,0) G=33; R=avg(120,210)=165; B=avg(251,251)=251
        //     -> RGB565 20<<11|8<<5|31 = 0xA11F, grey (38*165+75*33+15*251)>>7 = 12510>>7 = 97
        // (2,0) R=210; G=avg(avg(33,71)=52, avg(18,18)=18)=35; B=avg(avg(251,251)=251, avg(99,99)=99)=175
        //     -> RGB565 26<<11|8<<5|21 = 0xD115, grey (38*210+75*35+15*175)>>7 = 13230>>7 = 103
        // (3,0) G=71; R=avg(210,5)=107; B=avg(99,99)=99
        //     -> RGB565 13<<11|17<<5|12 = 0x6A2C, grey (38*107+75*71+15*99)>>7 = 10876>>7 = 84
        // (4,0) R=5; G=avg(avg(71,190)=130, avg(137,137)=137)=133; B=avg(avg(99,99)=99, avg(42,42)=42)=70
        //     -> RGB565 0<<11|33<<5|8 = 0x0428, grey (38*5+75*133+15*70)>>7 = 11215>>7 = 87
        // (5,0) G=190; R=avg(5,190)=97; B=avg(42,42)=42
        //     -> RGB565 12<<11|47<<5|5 = 0x65E5, grey (38*97+75*190+15*42)>>7 = 18566>>7 = 145
        // (0,1) G=64; B=avg(251,251)=251; R=avg(120,176)=148
        //     -> RGB565 18<<11|16<<5|31 = 0x921F, grey (38*148+75*64+15*251)>>7 = 14189>>7 = 110
        // (1,1) B=251; G=avg(avg(64,18)=41, avg(33,9)=21)=31; R=avg(avg(120,176)=148, avg(210,230)=220)=184
        //     -> RGB565 23<<11|7<<5|31 = 0xB8FF, grey (38*184+75*31+15*251)>>7 = 13082>>7 = 102
        // (2,1) G=18; B=avg(251,99)=175; R=avg(210,230)=220
        //     -> RGB565 27<<11|4<<5|21 = 0xD895, grey (38*220+75*18+15*175)>>7 = 12335>>7 = 96
        // (3,1) B=99; G=avg(avg(18,137)=77, avg(71,61)=66)=71; R=avg(avg(210,230)=220, avg(5,113)=59)=139
        //     -> RGB565 17<<11|17<<5|12 = 0x8A2C, grey (38*139+75*71+15*99)>>7 = 12092>>7 = 94
        // (4,1) G=137; B=avg(99,42)=70; R=avg(5,113)=59
        //     -> RGB565 7<<11|34<<5|8 = 0x3C48, grey (38*59+75*137+15*70)>>7 = 13567>>7 = 105
        // (5,1) B=42; G=avg(avg(137,42)=89, avg(190,28)=109)=99; R=avg(avg(5,113)=59, avg(190,28)=109)=84
        //     -> RGB565 10<<11|24<<5|5 = 0x5305, grey (38*84+75*99+15*42)>>7 = 11247>>7 = 87
        // (0,2) R=176; G=avg(avg(9,9)=9, avg(64,11)=37)=23; B=avg(avg(251,147)=199, avg(251,147)=199)=199
        //     -> RGB565 22<<11|5<<5|24 = 0xB0B8, grey (38*176+75*23+15*199)>>7 = 11398>>7 = 89
        // (1,2) G=9; R=avg(176,230)=203; B=avg(251,147)=199
        //     -> RGB565 25<<11|2<<5|24 = 0xC858, grey (38*203+75*9+15*199)>>7 = 11374>>7 = 88
        // (2,2) R=230; G=avg(avg(9,61)=35, avg(18,83)=50)=42; B=avg(avg(251,147)=199, avg(99,200)=149)=174
        //     -> RGB565 28<<11|10<<5|21 = 0xE155, grey (38*230+75*42+15*174)>>7 = 14500>>7 = 113
        // (3,2) G=61; R=avg(230,113)=171; B=avg(99,200)=149
        //     -> RGB565 21<<11|15<<5|18 = 0xA9F2, grey (38*171+75*61+15*149)>>7 = 13308>>7 = 103
        // (4,2) R=113; G=avg(avg(61,28)=44, avg(137,37)=87)=65; B=avg(avg(99,200)=149, avg(42,166)=104)=126
        //     -> RGB565 14<<11|16<<5|15 = 0x720F, grey (38*113+75*65+15*126)>>7 = 11059>>7 = 86
        // (5,2) G=28; R=avg(113,28)=70; B=avg(42,166)=104
        //     -> RGB565 8<<11|7<<5|13 = 0x40ED, grey (38*70+75*28+15*104)>>7 = 6320>>7 = 49
        // (0,3) G=11; B=avg(147,147)=147; R=avg(176,244)=210
        //     -> RGB565 26<<11|2<<5|18 = 0xD052, grey (38*210+75*11+15*147)>>7 = 11010>>7 = 86
        // (1,3) B=147; G=avg(avg(11,83)=47, avg(9,52)=30)=38; R=avg(avg(176,244)=210, avg(230,129)=179)=194
        //     -> RGB565 24<<11|9<<5|18 = 0xC132, grey (38*194+75*38+15*147)>>7 = 12427>>7 = 97
        // (2,3) G=83; B=avg(147,200)=173; R=avg(230,129)=179
        //     -> RGB565 22<<11|20<<5|21 = 0xB295, grey (38*179+75*83+15*173)>>7 = 15622>>7 = 122
        // (3,3) B=200; G=avg(avg(83,37)=60, avg(61,7)=34)=47; R=avg(avg(230,129)=179, avg(113,188)=150)=164
        //     -> RGB565 20<<11|11<<5|25 = 0xA179, grey (38*164+75*47+15*200)>>7 = 12757>>7 = 99
        // (4,3) G=37; B=avg(200,166)=183; R=avg(113,188)=150
        //     -> RGB565 18<<11|9<<5|22 = 0x9136, grey (38*150+75*37+15*183)>>7 = 11220>>7 = 87
        // (5,3) B=166; G=avg(avg(37,166)=101, avg(28,95)=61)=81; R=avg(avg(113,188)=150, avg(28,95)=61)=105
        //     -> RGB565 13<<11|20<<5|20 = 0x6A94, grey (38*105+75*81+15*166)>>7 = 12555>>7 = 98
        // (0,4) R=244; G=avg(avg(52,52)=52, avg(11,70)=40)=46; B=avg(avg(147,219)=183, avg(147,219)=183)=183
        //     -> RGB565 30<<11|11<<5|22 = 0xF176, grey (38*244+75*46+15*183)>>7 = 15467>>7 = 120
        // (1,4) G=52; R=avg(244,129)=186; B=avg(147,219)=183
        //     -> RGB565 23<<11|13<<5|22 = 0xB9B6, grey (38*186+75*52+15*183)>>7 = 13713>>7 = 107
        // (2,4) R=129; G=avg(avg(52,7)=29, avg(83,26)=54)=41; B=avg(avg(147,219)=183, avg(200,158)=179)=181
        //     -> RGB565 16<<11|10<<5|22 = 0x8156, grey (38*129+75*41+15*181)>>7 = 10692>>7 = 83
        // (3,4) G=7; R=avg(129,188)=158; B=avg(200,158)=179
        //     -> RGB565 19<<11|1<<5|22 = 0x9836, grey (38*158+75*7+15*179)>>7 = 9214>>7 = 71
        // (4,4) R=188; G=avg(avg(7,95)=51, avg(37,101)=69)=60; B=avg(avg(200,158)=179, avg(166,14)=90)=134
        //     -> RGB565 23<<11|15<<5|16 = 0xB9F0, grey (38*188+75*60+15*134)>>7 = 13654>>7 = 106
        // (5,4) G=95; R=avg(188,95)=141; B=avg(166,14)=90
        //     -> RGB565 17<<11|23<<5|11 = 0x8AEB, grey (38*141+75*95+15*90)>>7 = 13833>>7 = 108
        // (0,5) G=70; B=avg(219,219)=219; R=avg(244,244)=244
        //     -> RGB565 30<<11|17<<5|27 = 0xF23B, grey (38*244+75*70+15*219)>>7 = 17807>>7 = 139
        // (1,5) B=219; G=avg(avg(70,26)=48, avg(52,52)=52)=50; R=avg(avg(244,244)=244, avg(129,129)=129)=186
        //     -> RGB565 23<<11|12<<5|27 = 0xB99B, grey (38*186+75*50+15*219)>>7 = 14103>>7 = 110
        // (2,5) G=26; B=avg(219,158)=188; R=avg(129,129)=129
        //     -> RGB565 16<<11|6<<5|23 = 0x80D7, grey (38*129+75*26+15*188)>>7 = 9672>>7 = 75
        // (3,5) B=158; G=avg(avg(26,101)=63, avg(7,7)=7)=35; R=avg(avg(129,129)=129, avg(188,188)=188)=158
        //     -> RGB565 19<<11|8<<5|19 = 0x9913, grey (38*158+75*35+15*158)>>7 = 10999>>7 = 85
        // (4,5) G=101; B=avg(158,14)=86; R=avg(188,188)=188
        //     -> RGB565 23<<11|25<<5|10 = 0xBB2A, grey (38*188+75*101+15*86)>>7 = 16009>>7 = 125
        // (5,5) B=14; G=avg(avg(101,14)=57, avg(95,95)=95)=76; R=avg(avg(188,188)=188, avg(95,95)=95)=141
        //     -> RGB565 17<<11|19<<5|1 = 0x8A61, grey (38*141+75*76+15*14)>>7 = 11268>>7 = 88
        assertCamera(PixelFormat.BAYER_RGGB, 6, 6, new int[] {
                120, 33, 210, 71, 5, 190,
                64, 251, 18, 99, 137, 42,
                176, 9, 230, 61, 113, 28,
                11, 147, 83, 200, 37, 166,
                244, 52, 129, 7, 188, 95,
                70, 219, 26, 158, 101, 14},
                new int[] {
                        0x799F, 0xA11F, 0xD115, 0x6A2C, 0x0428, 0x65E5,
                        0x921F, 0xB8FF, 0xD895, 0x8A2C, 0x3C48, 0x5305,
                        0xB0B8, 0xC858, 0xE155, 0xA9F2, 0x720F, 0x40ED,
                        0xD052, 0xC132, 0xB295, 0xA179, 0x9136, 0x6A94,
                        0xF176, 0xB9B6, 0x8156, 0x9836, 0xB9F0, 0x8AEB,
                        0xF23B, 0xB99B, 0x80D7, 0x9913, 0xBB2A, 0x8A61},
                new int[] {
                        93, 97, 103, 84, 87, 145,
                        110, 102, 96, 94, 105, 87,
                        89, 88, 113, 103, 86, 49,
                        86, 97, 122, 99, 87, 98,
                        120, 107, 83, 71, 106, 108,
                        139, 110, 75, 85, 125, 88});
    }

    @Test
    void bggr1x1IsGrey() throws IOException {
        // BGGR 1x1, rows: 77
        // (0,0) B=77; G=avg(avg(77,77)=77, avg(77,77)=77)=77; R=avg(avg(77,77)=77, avg(77,77)=77)=77
        //     -> RGB565 9<<11|19<<5|9 = 0x4A69, grey (38*77+75*77+15*77)>>7 = 9856>>7 = 77
        assertCamera(PixelFormat.BAYER_BGGR, 1, 1, new int[] {77},
                new int[] {0x4A69},
                new int[] {77});
    }

    @Test
    void rggb2x1OneRow() throws IOException {
        // RGGB 2x1, rows: 40 91
        // (0,0) R=40; G=avg(avg(91,91)=91, avg(40,40)=40)=65; B=avg(avg(91,91)=91, avg(91,91)=91)=91
        //     -> RGB565 5<<11|16<<5|11 = 0x2A0B, grey (38*40+75*65+15*91)>>7 = 7760>>7 = 60
        // (1,0) G=91; R=avg(40,40)=40; B=avg(91,91)=91
        //     -> RGB565 5<<11|22<<5|11 = 0x2ACB, grey (38*40+75*91+15*91)>>7 = 9710>>7 = 75
        assertCamera(PixelFormat.BAYER_RGGB, 2, 1, new int[] {40, 91},
                new int[] {0x2A0B, 0x2ACB},
                new int[] {60, 75});
    }

    @Test
    void grbg1x3OneColumn() throws IOException {
        // GRBG 1x3, rows: 40 / 91 / 17
        // (0,0) G=40; R=avg(40,40)=40; B=avg(91,91)=91
        //     -> RGB565 5<<11|10<<5|11 = 0x294B, grey (38*40+75*40+15*91)>>7 = 5885>>7 = 45
        // (0,1) B=91; G=avg(avg(91,91)=91, avg(40,17)=28)=59; R=avg(avg(40,17)=28, avg(40,17)=28)=28
        //     -> RGB565 3<<11|14<<5|11 = 0x19CB, grey (38*28+75*59+15*91)>>7 = 6854>>7 = 53
        // (0,2) G=17; R=avg(17,17)=17; B=avg(91,91)=91
        //     -> RGB565 2<<11|4<<5|11 = 0x108B, grey (38*17+75*17+15*91)>>7 = 3286>>7 = 25
        assertCamera(PixelFormat.BAYER_GRBG, 1, 3, new int[] {40, 91, 17},
                new int[] {0x294B, 0x19CB, 0x108B},
                new int[] {45, 53, 25});
    }

    @Test
    void bitmapIsGreyOf128AndMore() throws IOException {
        // BGGR 4x4 above: greys 136 123 103 72 / 156 114 107 99 / 118 86 109 176 / 132 99 90 161.
        // >= 128: row 0 bit 0, row 1 bit 0, row 2 bit 3, row 3 bits 0 and 3; one 32-bit word per row.
        Image mosaic = mosaic(PixelFormat.BAYER_BGGR, 4, 4, 13, 200, 47, 91, 255, 8, 166, 39, 72, 121, 5, 230, 180, 64, 99, 150);
        assertThat(PixelCodecs.convert(mosaic, PixelFormat.BINARY, CAMERA).toByteArray())
                .containsExactly(0x01, 0, 0, 0, 0x01, 0, 0, 0, 0x08, 0, 0, 0, 0x09, 0, 0, 0);
    }

    @Test
    void bufferedImageHoldsTheRgb565ValuesExpandedAsTheFirmwareDoes() throws IOException {
        // 2x1 RGGB 40 91 (rggb2x1OneRow): 0x2A0B and 0x2ACB. 0x2A0B: r5 = 5 -> 5<<3 | 5>>2 = 41;
        // g6 = 16 -> 16<<2 | 16>>4 = 65; b5 = 11 -> 11<<3 | 11>>2 = 90. 0x2ACB: g6 = 22 -> 88 | 1 = 89.
        BufferedImage image = codec.decode(mosaic(PixelFormat.BAYER_RGGB, 2, 1, 40, 91), CAMERA);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(new int[] {image.getRGB(0, 0), image.getRGB(1, 0)}).containsExactly(0xFF29415A, 0xFF29595A);
    }

    private static Image mosaic(PixelFormat format, int width, int height, int... samples) {
        byte[] data = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            data[i] = (byte) samples[i];
        }
        return Image.of(width, height, format, data);
    }

    /** Checks RGB565 and GRAYSCALE through {@link PixelCodecs#convert}, and the ARGB decode as RGB565 expanded. */
    private void assertCamera(PixelFormat format, int width, int height, int[] samples, int[] rgb565, int[] greys)
            throws IOException {
        Image mosaic = mosaic(format, width, height, samples);
        byte[] expected565 = new byte[rgb565.length * 2];
        int[] expectedArgb = new int[rgb565.length];
        for (int i = 0; i < rgb565.length; i++) {
            expected565[2 * i] = (byte) rgb565[i];
            expected565[2 * i + 1] = (byte) (rgb565[i] >> 8);
            int r5 = rgb565[i] >> 11;
            int g6 = (rgb565[i] >> 5) & 0x3F;
            int b5 = rgb565[i] & 0x1F;
            expectedArgb[i] = 0xFF000000 | (r5 << 3 | r5 >> 2) << 16 | (g6 << 2 | g6 >> 4) << 8 | (b5 << 3 | b5 >> 2);
        }
        byte[] expectedGrey = new byte[greys.length];
        for (int i = 0; i < greys.length; i++) {
            expectedGrey[i] = (byte) greys[i];
        }
        assertThat(PixelCodecs.convert(mosaic, PixelFormat.RGB565, CAMERA).toByteArray()).as("RGB565").containsExactly(expected565);
        assertThat(PixelCodecs.convert(mosaic, PixelFormat.GRAYSCALE, CAMERA).toByteArray()).as("GRAYSCALE").containsExactly(expectedGrey);
        int[] argb = new int[width * height];
        codec.decode(mosaic, CAMERA, argb, 0, width);
        assertThat(argb).as("ARGB").containsExactly(expectedArgb);
    }
}
